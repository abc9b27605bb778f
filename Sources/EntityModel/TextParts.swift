/// A long text cut into parts the recogniser reads one at a time. Some of its passes compare
/// every mention of a text with every other, which costs nothing on a news article (a few dozen
/// names) but grows with the square of a long document's length: a 680 KB text took 5.5 s, and a
/// bulk import accepts much longer lines. Parts end at a paragraph's end where there is one, else
/// at a sentence's end, else at a space, so no name is cut; a name found in one part still reaches
/// its recurrences in that part (a part is about a hundred sentences).
enum TextParts {
    /// The longest part, in scalars.
    static let limit = 20_000

    /// Ranges of `scalars` that cover it in order, none longer than `limit`.
    static func ranges(of scalars: [Unicode.Scalar], limit: Int = limit) -> [Range<Int>] {
        guard scalars.count > limit, limit > 0 else { return [0..<scalars.count] }
        var out: [Range<Int>] = []
        var start = 0
        while scalars.count - start > limit {
            let end = cut(scalars, from: start, before: start + limit)
            out.append(start..<end)
            start = end
        }
        out.append(start..<scalars.count)
        return out
    }

    /// Where a part starting at `start` ends, at most at `bound`: after the last line break,
    /// else after the last sentence end followed by a space, else after the last space, else
    /// at `bound`. A cut in the part's first half is not taken while a better one is further on.
    private static func cut(_ scalars: [Unicode.Scalar], from start: Int, before bound: Int) -> Int {
        let half = start + (bound - start) / 2
        var sentence: Int?, space: Int?
        var i = bound
        while i > half {
            let previous = scalars[i - 1]
            if previous == "\n" || previous == "\u{2029}" { return i }
            if previous.properties.isWhitespace {
                if space == nil { space = i }
                if sentence == nil, i >= 2, sentenceEnds.contains(scalars[i - 2]) { sentence = i }
            }
            i -= 1
        }
        return sentence ?? space ?? bound
    }

    /// Marks that end a sentence (Latin and Arabic).
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "؟", "؛", "…"]
}

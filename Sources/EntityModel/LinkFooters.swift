import ArabicText

/// A "link to the story" footer (`رابط الخبر بصحيفة الوئام: <the headline>`): the outlet's own
/// boilerplate, naming the outlet and repeating the headline at the end of the text. Names in
/// it are no mentions: the outlet would top every organisation list (2,090 of SaudiNewsNet's
/// 31,030 articles end with one) and each name of the headline would count twice.
enum LinkFooters {
    /// The words that open the footer.
    private static let opening = Array("رابط الخبر".unicodeScalars)

    /// The scalar ranges of the footers in `scalars`: from the opening words, followed by a colon
    /// within 40 characters, to the end of the line.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let n = scalars.count, k = opening.count, head = opening[0]
        scalars.withUnsafeBufferPointer { text in
            var i = 0
            while i + k <= n {
                if text[i] == head, i == 0 || !text[i - 1].properties.isAlphabetic,
                   (1..<k).allSatisfy({ text[i + $0] == opening[$0] }) {
                    var end = i + k
                    while end < n, text[end] != "\n" { end += 1 }
                    // A footer labels what follows: a colon soon after the opening words (the
                    // outlet's name between), not a sentence that mentions a link.
                    if (i + k ..< min(end, i + k + 40)).contains(where: { text[$0] == ":" }) {
                        out.append(i ..< end)
                    }
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// `mentions` without those that start inside a footer.
    static func removing(from mentions: [EntityMention], scalars: [Unicode.Scalar]) -> [EntityMention] {
        let footers = ranges(in: scalars)
        guard !footers.isEmpty else { return mentions }
        return mentions.filter { m in !footers.contains { $0.contains(m.start) } }
    }
}

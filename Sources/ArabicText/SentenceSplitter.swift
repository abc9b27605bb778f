/// Splits prose into sentences: a sentence ends at `.`, `!`, `?`, `؟` or `…` followed by a space,
/// a closing quote or the end, and at every line break. A dot between letters or digits
/// (`العربية.نت`, `3.5`, URLs) does not end a sentence.
public enum SentenceSplitter {
    /// The sentence spans of `scalars`, trimmed of surrounding white space.
    public static func sentences(in scalars: [Unicode.Scalar]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        var i = 0
        let n = scalars.count
        func close(_ end: Int) {
            var s = start, e = end
            while s < e, WhiteSpace.contains(scalars[s]) { s += 1 }
            while e > s, WhiteSpace.contains(scalars[e - 1]) { e -= 1 }
            if e > s { spans.append(TextSpan(start: s, end: e)) }
            start = end
        }
        while i < n {
            let c = scalars[i]
            if c == "\n" {
                close(i)
                i += 1
                start = i
                continue
            }
            if terminators.contains(c) {
                var j = i + 1
                while j < n, terminators.contains(scalars[j]) || closers.contains(scalars[j]) { j += 1 }
                if j == n || WhiteSpace.contains(scalars[j]) {
                    close(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        close(n)
        return spans
    }

    /// The sentence spans of `text`.
    public static func sentences(in text: String) -> [TextSpan] {
        sentences(in: Array(text.unicodeScalars))
    }

    /// Scalars that end a sentence (ASCII and Arabic question mark, ellipsis).
    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "\u{061F}", "\u{2026}"]
    /// Closing quotes and brackets that may follow a terminator inside the same sentence.
    static let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{00BB}", ")", "'", "\u{2019}"]
}

import ArabicText

/// The web addresses of a text (`https://…`, `http://…`, `www.…`, up to the next space): no
/// entity lies inside one, whatever the model makes of its words (`example` in
/// `https://example.com/news`).
enum URLSpans {
    /// The scalar ranges of the addresses in `scalars`, in order.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            guard startsAddress(scalars, at: i) else {
                i += 1
                continue
            }
            var end = i
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            out.append(i..<end)
            i = end
        }
        return out
    }

    /// `mentions` without those that overlap a web address of `scalars`.
    static func removing(from mentions: [EntityMention], scalars: [Unicode.Scalar]) -> [EntityMention] {
        let urls = ranges(in: scalars)
        guard !urls.isEmpty else { return mentions }
        return mentions.filter { m in !urls.contains { $0.lowerBound < m.end && m.start < $0.upperBound } }
    }

    private static func startsAddress(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        func has(_ prefix: String) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard i + p.count <= s.count else { return false }
            return (0..<p.count).allSatisfy { String(s[i + $0]).lowercased() == String(p[$0]) }
        }
        return has("http://") || has("https://") || has("www.")
    }
}

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

    private static let prefixes: [[UInt32]] = ["http://", "https://", "www."].map { $0.unicodeScalars.map(\.value) }

    private static func startsAddress(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        // Most positions fail on the first letter; ASCII letters compare case-blind (| 0x20).
        let first = s[i].value | 0x20
        guard first == 0x68 || first == 0x77 else { return false }
        return prefixes.contains { p in
            i + p.count <= s.count && p.indices.allSatisfy { k in
                let v = s[i + k].value
                return (v < 0x80 && v >= 0x41 ? v | 0x20 : v) == p[k]
            }
        }
    }
}

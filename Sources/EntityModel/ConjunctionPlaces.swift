import ArabicText

/// A place written with `و` before it whose rest is a place too: `وجدة` is Oujda, and "and
/// Jeddah". When the text also writes the rest alone (`جدة`), `و` is read as the conjunction
/// and the place is the rest. 89 places `وجدة` in SaudiNewsNet articles 12,001–20,000 were
/// Jeddah wherever read (`الرياض وجدة والدمام`).
enum ConjunctionPlaces {
    /// `mentions` with each such place without its `و`.
    static func splitting(_ mentions: [EntityMention], scalars: [Unicode.Scalar]) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .location, m.end <= scalars.count, m.end - m.start > 3, scalars[m.start] == "و",
                  !scalars[m.start..<m.end].contains(where: { !Tokenizer.isWordScalar($0) }) else { return m }
            let rest = Array(scalars[(m.start + 1)..<m.end])
            let restName = String(String.UnicodeScalarView(rest))
            guard MentionBuilder.isKnownName(ArabicNormalizer.normalize(m.name)),
                  MentionBuilder.isKnownName(ArabicNormalizer.normalize(restName)),
                  occursAlone(rest, in: scalars) else { return m }
            return EntityMention(type: .location, name: restName, start: m.start + 1, end: m.end, role: m.role)
        }
    }

    /// Whether `word` stands in `scalars` as a word of its own.
    static func occursAlone(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Bool {
        guard let head = word.first else { return false }
        var i = 0
        while i + word.count <= scalars.count {
            if scalars[i] == head, i == 0 || !Tokenizer.isWordScalar(scalars[i - 1]),
               i + word.count == scalars.count || !Tokenizer.isWordScalar(scalars[i + word.count]),
               scalars[i..<(i + word.count)].elementsEqual(word) {
                return true
            }
            i += 1
        }
        return false
    }
}

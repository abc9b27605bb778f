import ArabicText

/// A proclitic read off by what the same text names without it: `بتكساس` is `ب` + `تكساس` when
/// the text names `تكساس` elsewhere, and `وكاليفورنيا` is `و` + `كاليفورنيا`, not `وك` +
/// `اليفورنيا` (an article reading that the word lists alone cannot rule out). The rules'
/// propagated names gave these boundaries while they were kept over the model's; the model's
/// spans (which join a name's words better) now stand, and this pass keeps their clitics right.
enum TextClitics {
    /// `mentions` with each first word cut where the text names its rest without a proclitic.
    static func applying(to mentions: [EntityMention], rules: [EntityMention], tokens: [ModelToken],
                         scalars: [Unicode.Scalar]) -> [EntityMention] {
        // Only a mention whose word starts with a letter that starts a proclitic can change, and
        // only where the word was kept whole (`بتكساس`) or lost more than one letter (`وك…`):
        // one letter read off (`و` + a name) is the reading the text would give anyway.
        let candidates = mentions.indices.filter { k in
            guard let i = ModelToken.index(holding: mentions[k].start, in: tokens),
                  let first = tokens[i].text.unicodeScalars.first, procliticLetters.contains(first) else { return false }
            return mentions[k].start - tokens[i].start != 1
        }
        guard !candidates.isEmpty else { return mentions }
        // The names a candidate can be asked about, by length: a mention's first word is
        // normalised only when it has the length of one of them (normalising keeps the length of
        // a word without tatweel or harakat, which is nearly every word).
        var lengths = Set<Int>()
        for k in candidates {
            guard let i = ModelToken.index(holding: mentions[k].start, in: tokens) else { continue }
            let text = tokens[i].text
            lengths.insert(text.unicodeScalars.count)
            for r in EntityEvidence.procliticReadings(of: text) { lengths.insert(r.key.unicodeScalars.count) }
        }
        // Keyed by fingerprint: hashing an Arabic `String` normalises it to NFC first.
        var named: [UInt64: Int] = [:]
        for m in rules + mentions {
            let first = m.name.unicodeScalars.prefix { $0 != " " }
            guard lengths.contains(first.count) || first.contains(where: isMark) else { continue }
            named[FeatureHash.value(firstWordKey(of: m.name)), default: 0] += 1
        }
        var out = mentions
        for k in candidates { out[k] = cut(mentions[k], named: named, tokens: tokens, scalars: scalars) }
        return out
    }

    /// Letters a proclitic starts with: `و`, `ف`, `ب`, `ل`, `ك`.
    private static let procliticLetters: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "ك"]

    /// `m` cut after the proclitic whose rest the text names (`named`: first words, counted).
    private static func cut(_ m: EntityMention, named: [UInt64: Int], tokens: [ModelToken],
                            scalars: [Unicode.Scalar]) -> EntityMention {
        guard let i = ModelToken.index(holding: m.start, in: tokens) else { return m }
        let token = tokens[i]
        let whole = ArabicNormalizer.normalize(token.text)
        // The whole word named by another mention (not this one) is a name as written.
        let wholeNamedElsewhere = (named[FeatureHash.value(whole)] ?? 0) - (firstWordKey(of: m.name) == whole ? 1 : 0) > 0
        guard token.start < m.end, !wholeNamedElsewhere else { return m }
        let readings = EntityEvidence.procliticReadings(of: token.text).sorted { $0.skip < $1.skip }
        guard let r = readings.first(where: { (named[FeatureHash.value($0.key)] ?? 0) > 0 }) else { return m }
        let start = token.start + r.skip
        guard start != m.start || r.restoresArticle, start < m.end else { return m }
        let written = String(scalars: scalars[start..<m.end])
        return EntityMention(type: m.type, name: r.restoresArticle ? "ا" + written : written,
                             start: start, end: m.end, role: m.role)
    }

    /// Tatweel and harakat, which normalising removes (so the word's length changes).
    private static func isMark(_ c: Unicode.Scalar) -> Bool { c == "\u{0640}" || (0x064B...0x0652).contains(c.value) }

    /// The normalised first word of a name.
    private static func firstWordKey(of name: String) -> String {
        ArabicNormalizer.normalize(String(name.prefix { $0 != " " }))
    }
}

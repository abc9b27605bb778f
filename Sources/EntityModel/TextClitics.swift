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
        // A word kept whole that the lists know as a name (`لبنان`, `فيصل`) is one as written.
        var candidates: [(index: Int, token: ModelToken, readings: [(key: String, skip: Int, restoresArticle: Bool)])] = []
        for k in mentions.indices {
            guard let i = ModelToken.index(holding: mentions[k].start, in: tokens),
                  let first = tokens[i].text.unicodeScalars.first, procliticLetters.contains(first),
                  mentions[k].start - tokens[i].start != 1 else { continue }
            if mentions[k].start == tokens[i].start {
                let whole = ArabicNormalizer.normalize(tokens[i].text)
                if MentionBuilder.isKnownName(whole) || MentionBuilder.isKnownPersonName(whole) { continue }
            }
            let readings = EntityEvidence.procliticReadings(of: tokens[i].text).sorted { $0.skip < $1.skip }
            if !readings.isEmpty { candidates.append((k, tokens[i], readings)) }
        }
        guard !candidates.isEmpty else { return mentions }
        // The names a candidate can be asked about, by length: a mention's first word is
        // normalised only when it has the length of one of them (normalising keeps the length of
        // a word without tatweel or harakat, which is nearly every word).
        var lengths = Set<Int>()
        for c in candidates {
            lengths.insert(c.token.text.unicodeScalars.count)
            for r in c.readings { lengths.insert(r.key.unicodeScalars.count) }
        }
        // Keyed by fingerprint: hashing an Arabic `String` normalises it to NFC first.
        var named: [UInt64: Int] = [:]
        for m in rules + mentions {
            let first = m.name.unicodeScalars.prefix { $0 != " " }
            guard lengths.contains(first.count) || first.contains(where: isMark) else { continue }
            named[FeatureHash.value(firstWordKey(of: m.name)), default: 0] += 1
        }
        var out = mentions
        for c in candidates { out[c.index] = cut(mentions[c.index], token: c.token, readings: c.readings, named: named, scalars: scalars) }
        return out
    }

    /// Letters a proclitic starts with: `و`, `ف`, `ب`, `ل`, `ك`.
    private static let procliticLetters: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "ك"]

    /// `m` cut after the proclitic whose rest the text names (`named`: first words, counted).
    private static func cut(_ m: EntityMention, token: ModelToken, readings: [(key: String, skip: Int, restoresArticle: Bool)],
                            named: [UInt64: Int], scalars: [Unicode.Scalar]) -> EntityMention {
        let whole = ArabicNormalizer.normalize(token.text)
        // The whole word named by another mention (not this one) is a name as written.
        let wholeNamedElsewhere = (named[FeatureHash.value(whole)] ?? 0) - (firstWordKey(of: m.name) == whole ? 1 : 0) > 0
        guard token.start < m.end, !wholeNamedElsewhere else { return m }
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

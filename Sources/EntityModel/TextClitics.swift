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
        var named: [String: Int] = [:]
        for m in rules + mentions { named[firstWordKey(of: m.name), default: 0] += 1 }
        return mentions.map { m in
            guard let i = ModelToken.index(holding: m.start, in: tokens) else { return m }
            let token = tokens[i]
            let whole = ArabicNormalizer.normalize(token.text)
            // The whole word named by another mention (not this one) is a name as written.
            let wholeNamedElsewhere = (named[whole] ?? 0) - (firstWordKey(of: m.name) == whole ? 1 : 0) > 0
            guard token.start < m.end, !wholeNamedElsewhere else { return m }
            let readings = EntityEvidence.procliticReadings(of: token.text).sorted { $0.skip < $1.skip }
            guard let r = readings.first(where: { (named[$0.key] ?? 0) > 0 }) else { return m }
            let start = token.start + r.skip
            guard start != m.start || r.restoresArticle, start < m.end else { return m }
            let written = String(scalars: scalars[start..<m.end])
            return EntityMention(type: m.type, name: r.restoresArticle ? "ا" + written : written,
                                 start: start, end: m.end, role: m.role)
        }
    }

    /// The normalised first word of a name.
    private static func firstWordKey(of name: String) -> String {
        ArabicNormalizer.normalize(String(name.prefix { $0 != " " }))
    }
}

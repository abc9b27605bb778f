import ArabicText

/// `تنظيم` ("organisation") right before a group's name is part of it: `تنظيم القاعدة`, `تنظيم
/// داعش`. ANERcorp's training portion marks it so each time the name follows (5 of 5), and so do
/// Marsad's gold sets; the model alone sometimes leaves it out (`القاعدة`). An organisation the
/// word stands before takes it in, with the word's proclitic left out (`وتنظيم القاعدة` →
/// `تنظيم القاعدة`), unless the organisation starts with a head of its own: `تنظيم مجلس الوزراء`
/// is "organising the cabinet", and so does one starting with a common noun without the article
/// (`تنظيم سوق الأوراق المالية`, "regulating the stock market").
enum GroupHeads {
    static let head = "تنظيم"

    static func extending(_ mentions: [EntityMention], tokens: [ModelToken], scalars: [Unicode.Scalar]) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .organization, let i = ModelToken.index(holding: m.start, in: tokens), i > 0,
                  tokens[i].start == m.start else { return m }
            let before = tokens[i - 1]
            guard before.end < m.start, m.start - before.end == 1 else { return m }
            let key = ArabicNormalizer.normalize(before.text)
            let skip: Int
            if key == head {
                skip = 0
            } else if let reading = EntityEvidence.procliticReadings(of: before.text).first(where: { $0.key == head && !$0.restoresArticle }) {
                skip = reading.skip
            } else {
                return m
            }
            let first = ArabicNormalizer.normalize(String(m.name.prefix { $0 != " " }))
            guard !EntityEvidence.hasClass(first, "orgHead", "orgDefHead"), !EntityEvidence.isGovernmentHead(first) else { return m }
            // A common noun without the article is what is organised (`تنظيم سوق الأوراق المالية`).
            guard first.hasPrefix("ال") || !WordList.commonWords.contains(FeatureHash.value(first))
                    || EntityEvidence.isWellKnownOrganization(first) else { return m }
            var extended = m
            extended.start = before.start + skip
            extended.name = String(String.UnicodeScalarView(scalars[extended.start..<m.end]))
            return extended
        }
    }
}

import ArabicText

/// A stock index is no entity of Marsad's types: `المؤشر نيكي القياسي` (the Nikkei 225, a person
/// 51 times in 12,000 SaudiNewsNet articles), `مؤشر داو جونز الصناعي`, `مؤشر ستاندرد آند بورز 500`
/// (organisations). A person or organisation right after a word for "index" (`مؤشر`, `المؤشر`,
/// with a proclitic or in the dual) is dropped, and with it every mention of the same name in
/// that text (`وتراجع نيكي 0.8 في المئة`): one sense per text. The agency named with its own head
/// (`وكالة ستاندرد آند بورز`) stays, and so does a body with a head or the article that compiles
/// an index (`مؤشر البنك الدولي`, `مؤشر البورصة الأردنية`).
enum IndexNames {
    /// "Index" and its forms (normalised).
    static let indexWords: Set<String> = ["مؤشر", "موشر", "المؤشر", "الموشر", "لمؤشر", "لموشر", "ومؤشر", "وموشر",
                                          "بمؤشر", "بموشر", "مؤشرا", "موشرا", "مؤشري", "موشري", "مؤشرات", "موشرات",
                                          "والمؤشر", "والموشر", "فالمؤشر"]

    static func removing(from mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        var indices: Set<String> = []
        for m in mentions where m.type == .person || m.type == .organization {
            guard let before = tokens.last(where: { $0.end <= m.start }), m.start - before.end <= 1,
                  indexWords.contains(ArabicNormalizer.normalize(before.text)) else { continue }
            // A body with a head of its own compiles the index and is named there (`مؤشر البنك
            // الدولي`, `مؤشر منظمة الأغذية والزراعة`).
            let first = ArabicNormalizer.normalize(String(m.name.split(separator: " ").first ?? ""))
            guard !EntityEvidence.hasClass(first, "orgHead", "orgDefHead"), !EntityEvidence.isNamingHead(first),
                  !EntityEvidence.isGovernmentHead(first), !first.hasPrefix("ال") else { continue }
            indices.insert(ArabicNormalizer.normalize(m.name))
        }
        guard !indices.isEmpty else { return mentions }
        return mentions.filter { m in
            !(m.type == .person || m.type == .organization) || !indices.contains(ArabicNormalizer.normalize(m.name))
        }
    }
}

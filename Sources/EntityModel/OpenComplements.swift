import ArabicText

/// A body's name that ends in a noun needing its adjective runs on to it: `مجلس الشؤون السياسية
/// والأمنية` (the model stopped at `مجلس الشؤون`, 21 times in 12,000 SaudiNewsNet articles),
/// `مجلس العلاقات الخارجية` (the Council on Foreign Relations, 10). Such a noun (`الشؤون`
/// "affairs", `العلاقات` "relations") names no field alone. So does a lone definite head
/// (`المفوضية` before `الأوروبية`), and `التلفزيون` (`التلفزيون المصري`). The name takes the definite adjectives that follow, joined
/// by `و` or not, up to three, where no other mention starts.
enum OpenComplements {
    /// Plural nouns that end no name without an adjective (normalised).
    static let openNouns: Set<String> = ["الشوون", "الشؤون", "العلاقات"]
    /// Nouns that name a body only with an adjective after them (`التلفزيون المصري`; alone, "the
    /// television", no entity).
    static let mediaNouns: Set<String> = ["التلفزيون", "التليفزيون"]

    static func extending(_ mentions: [EntityMention], tokens: [ModelToken], scalars: [Unicode.Scalar]) -> [EntityMention] {
        var out = mentions
        for (k, m) in mentions.enumerated() where m.type == .organization {
            let words = m.name.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
            guard let last = words.last, openNouns.contains(last) && words.count >= 2
                    || words.count == 1 && (EntityEvidence.hasClass(last, "orgDefHead") || mediaNouns.contains(last)),
                  var i = tokens.firstIndex(where: { $0.start >= m.end }) else { continue }
            var end = m.end, taken = 0
            while taken < 3, i < tokens.count, tokens[i].start == end + 1 {
                var key = ArabicNormalizer.normalize(tokens[i].text)
                if taken > 0, key.hasPrefix("وال") { key = String(key.dropFirst()) }
                guard FieldConjuncts.isDefiniteAdjective(key),
                      !MentionRuns.startsMention(mentions, in: tokens[i]) else { break }
                end = tokens[i].end
                i += 1
                taken += 1
            }
            if end > m.end { out[k] = MentionRuns.extended(m, to: end, scalars: scalars) }
        }
        return out
    }
}

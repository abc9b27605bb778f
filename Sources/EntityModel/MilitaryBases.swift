import ArabicText

/// `القاعدة` before a definite feminine adjective is "the base", not al-Qaeda: `القاعدة العسكرية`
/// ("the military base", 19 organisations in 12,000 SaudiNewsNet articles), `القاعدة الجوية`, `القاعدة
/// الاقتصادية` ("the economic base"). Al-Qaeda takes no such adjective but the ones that describe it
/// (`الإرهابية`, `الجهادية`, `المتطرفة`), so a bare `القاعدة` before any other is no organisation.
enum MilitaryBases {
    /// Adjectives said of al-Qaeda itself (normalised).
    static let describingTheGroup: Set<String> = ["الارهابيه", "الجهاديه", "المتطرفه", "الاسلاميه"]

    static func removing(from mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        mentions.filter { m in
            guard m.type == .organization, ArabicNormalizer.normalize(m.name) == "القاعده",
                  let next = tokens.first(where: { $0.start >= m.end }), next.start == m.end + 1 else { return true }
            let key = ArabicNormalizer.normalize(next.text)
            guard key.hasPrefix("ال"), key.hasSuffix("يه"), key.unicodeScalars.count >= 6 else { return true }
            return describingTheGroup.contains(key)
        }
    }
}

import ArabicText

/// A regnal number from eleven to nineteen is two words, an ordinal and `عشر` (`لويس الرابع عشر`,
/// Louis XIV; `ألفونسو الثالث عشر`): the model stopped at the ordinal and read `عشر` ("-teen")
/// alone as another person. A person ending in an ordinal (`الثالث`… `التاسع`, `الحادي`) that the
/// text follows with `عشر` runs on to it, taking in any mention inside, unless a counted noun
/// follows (`عبدالله الثاني عشر مرات`, "Abdullah II ten times"); `عشر` alone is no person.
enum RegnalNumbers {
    /// The ordinals that take `عشر` in a regnal number (normalised).
    static let ordinals: Set<String> = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]

    /// Plural nouns counted by `عشر` ("ten times", "ten years"; normalised).
    static let countedNouns: Set<String> = ["مرات", "سنوات", "اعوام", "ايام", "اشهر", "شهور", "ساعات", "دقائق", "اسابيع",
                                            "قرون", "دول", "مباريات", "اهداف", "نقاط", "الاف", "ملايين", "مليارات"]

    static func extending(_ mentions: [EntityMention], tokens: [ModelToken], scalars: [Unicode.Scalar]) -> [EntityMention] {
        var out = mentions
        for (k, m) in mentions.enumerated() where m.type == .person {
            guard let last = m.name.split(separator: " ").last, ordinals.contains(ArabicNormalizer.normalize(String(last))),
                  let next = tokens.first(where: { $0.start >= m.end }), next.start == m.end + 1,
                  ArabicNormalizer.normalize(next.text) == "عشر" else { continue }
            if let after = tokens.first(where: { $0.start >= next.end }), countedNouns.contains(ArabicNormalizer.normalize(after.text)) { continue }
            out[k] = MentionRuns.extended(m, to: next.end, scalars: scalars)
        }
        let extended = out.filter { $0.type == .person }
        return out.filter { m in
            if m.type == .person, ArabicNormalizer.normalize(m.name) == "عشر" { return false }
            return !extended.contains { $0 != m && $0.start <= m.start && m.end <= $0.end }
        }
    }
}

import ArabicText

/// A body named for two fields joined by `و` is one name: `الهيئة العامة للسياحة والتراث الوطني`,
/// `منظمة الأمم المتحدة للتربية والعلم والثقافة`, `الجمعية العربية السعودية للثقافة والفنون`. The
/// model stopped at `و` (436 times in 12,000 SaudiNewsNet articles, 221 of them the tourism
/// commission). An organisation whose field is a `لل`-phrase (its last word, or the one before a
/// last definite adjective) runs on over `و` + a definite noun, and the definite adjectives after
/// it, as long as that noun heads no body of its own (`والحكومة`, `والمنظمة`, `والبرنامج`), is no
/// body of people (`والمجتمع الدولي`, `والخبراء`), no title (`والدكتور`) and no function word
/// (`والتي`), and no other mention starts there.
enum FieldConjuncts {
    /// Definite nouns after `و` that start another party, not a second field (normalised).
    static let otherParties: Set<String> = ["المجتمع", "الخبير", "الخبراء", "الدول", "الشعب", "الشعوب", "المواطنين",
                                            "الجهات", "الشركات", "المؤسسات", "المنظمات", "الحكومات", "الوزارات",
                                            "الهيئات", "القطاع", "الاعضاء", "الدوله", "الامم", "السلطات", "الرئيس",
                                            "البرنامج", "المشروع", "المركز", "المعهد", "الجامعه", "الكليه", "الاداره", "اللجان"]

    static func extending(_ mentions: [EntityMention], tokens: [ModelToken], scalars: [Unicode.Scalar]) -> [EntityMention] {
        var out = mentions
        for (k, m) in mentions.enumerated() where m.type == .organization {
            let words = m.name.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
            guard words.count >= 2 else { continue }
            let field = words.count >= 3 && isDefiniteAdjective(words[words.count - 1]) ? words[words.count - 2] : words[words.count - 1]
            guard field.hasPrefix("لل"), field.unicodeScalars.count >= 5,
                  var i = tokens.firstIndex(where: { $0.start >= m.end }) else { continue }
            var end = m.end
            while i < tokens.count, tokens[i].start == end + 1 {
                let key = ArabicNormalizer.normalize(tokens[i].text)
                guard key.hasPrefix("وال"), key.unicodeScalars.count >= 5 else { break }
                let noun = String(key.dropFirst())
                guard !otherParties.contains(noun), !EntityEvidence.hasClass(noun, "orgDefHead", "orgHead", "title", "function"),
                      !MentionRuns.startsMention(mentions, in: tokens[i]) else { break }
                end = tokens[i].end
                i += 1
                // The definite adjectives of that noun (`والتراث الوطني`).
                var adjectives = 0
                while adjectives < 2, i < tokens.count, tokens[i].start == end + 1,
                      isDefiniteAdjective(ArabicNormalizer.normalize(tokens[i].text)),
                      !MentionRuns.startsMention(mentions, in: tokens[i]) {
                    end = tokens[i].end
                    i += 1
                    adjectives += 1
                }
            }
            if end > m.end { out[k] = MentionRuns.extended(m, to: end, scalars: scalars) }
        }
        return out
    }

    /// Whether the normalised word is a definite relative adjective (`الوطني`, `الاسلاميه`).
    static func isDefiniteAdjective(_ key: String) -> Bool {
        key.hasPrefix("ال") && key.unicodeScalars.count >= 5 && (key.hasSuffix("ي") || key.hasSuffix("يه"))
    }
}

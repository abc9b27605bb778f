import ArabicText

/// A body's name closed by its relative adjective does not run on into the next phrase: `المجلس
/// البلدي المهندس` ("the municipal council [and] engineer …", 13 times in 12,000 SaudiNewsNet
/// articles), `صندوق النقد الدولي الحصول` ("… obtaining"). After a definite relative adjective
/// (`البلدي`, `الدولي`), a last word that is a title (`المهندس`, `الدكتور`), an active participle
/// (`اللاعب` "the player", `الحاكم` "the ruling"), a verbal noun of the derived forms (`التعامل`,
/// `الانتهاء`, `الاستثمار`: `الت…`, `الان…`, `الاست…`) or a quantifier (`الكثير`, `العديد`) is
/// cut. Adjectives after the relative one (`البنك الأهلي المتحد`, `الجماعة الليبية المقاتلة`) and
/// nouns of the name (`مجلس وزراء الداخلية العرب`) stay.
enum VerbTails {
    /// Quantifiers and verbal nouns of the first form that start a new phrase (normalised).
    static let phraseStarts: Set<String> = ["الكثير", "العديد", "البدء", "الحصول", "المجيء", "الامر"]

    static func trimming(_ mentions: [EntityMention]) -> [EntityMention] {
        mentions.map { m in
            let words = m.name.split(separator: " ").map(String.init)
            guard words.count >= 3, let last = words.last else { return m }
            let key = ArabicNormalizer.normalize(last)
            guard m.type == .organization, FieldConjuncts.isDefiniteAdjective(ArabicNormalizer.normalize(words[words.count - 2])),
                  isPhraseStart(key) else { return m }
            var out = m
            out.name = words.dropLast().joined(separator: " ")
            out.end = m.start + out.name.unicodeScalars.count
            return out
        }
    }

    /// Whether the normalised definite word starts a new phrase: a title, an active participle, a
    /// derived verbal noun or a quantifier.
    static func isPhraseStart(_ key: String) -> Bool {
        guard key.hasPrefix("ال"), !FieldConjuncts.isDefiniteAdjective(key) else { return false }
        if phraseStarts.contains(key) || EntityEvidence.hasClass(key, "title") || key == "المهندس" { return true }
        let w = Array(key.unicodeScalars), n = w.count
        // An active participle `الفاعل` (`اللاعب` "the player", `الحاكم` "the ruling"): a person
        // or a description, not a word of the name.
        if n == 6, w[3] == "ا", !["ا", "و", "ي"].contains(w[2]), !["ا", "و", "ي", "ه"].contains(w[5]) { return true }
        return n >= 7 && (key.hasPrefix("الت") || key.hasPrefix("الان") || key.hasPrefix("الاست"))
    }
}

import ArabicText

/// A council whose two words are its whole name (`مجلس الوزراء`, `مجلس الشورى`, `مجلس الأمن`…)
/// ends there unless its next word is its attribute, a nisba adjective (`مجلس الوزراء السعودي`,
/// `مجلس الأمن الدولي`, `مجلس الوزراء الأمني المصغر`): news writes the council's decision right
/// after it (`قرر مجلس الوزراء الموافقة على…`, "the cabinet decided to approve…"), and the rules
/// and the model ran the name into it (`مجلس الوزراء الموافقة`, 12 in the first 3,000 SaudiNewsNet
/// articles; `مجلس الوزراء الشكر`, `مجلس الأمن وألمانيا`).
enum CouncilNames {
    /// The second words that complete a council's name. Normalised. Source: Arabic news usage.
    static let completeSeconds: Set<String> = ["الوزراء", "الشوري", "النواب", "الامن", "الشيوخ", "الامه"]

    static func trimming(_ mentions: [EntityMention]) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .organization else { return m }
            let words = m.name.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 3, ArabicNormalizer.normalize(String(words[0])) == "مجلس",
                  completeSeconds.contains(ArabicNormalizer.normalize(String(words[1]))),
                  !ArabicNormalizer.normalize(String(words[2])).hasSuffix("ي") else { return m }
            // The council's two words, as written, from the mention's start.
            let scalars = Array(m.name.unicodeScalars)
            var spaces = 0, cut = scalars.count
            for (i, s) in scalars.enumerated() where s == " " {
                if i > 0, scalars[i - 1] != " " { spaces += 1 }
                if spaces == 2 { cut = i; break }
            }
            var council = m
            council.name = String(String.UnicodeScalarView(scalars[..<cut]))
            council.end = m.start + cut
            return council
        }
    }
}

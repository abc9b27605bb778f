import ArabicText

/// Words that introduce a name are no part of it. A person whose first word is
/// - `ولد` ("was born": `ولد رياض محرز في سارسيل`), or
/// - `باسم` ("by the name of") right after a word of naming or speaking (`المعروف باسم بيليه`,
///   "known as Pelé"; `المتحدث باسم الجيش`, "the spokesman of the army")
/// is the name after that word (nothing, when none is left). `باسم` elsewhere is the given name
/// Bassem (`باسم يوسف`), and `ولد` inside a name is Mauritanian "son of" (`محمد ولد عبد العزيز`):
/// both stay.
enum NameIntroducers {
    /// "Was born" (normalised), the first word of a biography's sentence.
    static let born: Set<String> = ["ولد"]

    /// Words of naming and speaking that `باسم` follows as "by/in the name of" (normalised):
    /// known, called, nicknamed, famous as; spokesman, speaking. Source: Arabic general vocabulary.
    static let naming: Set<String> = [
        "المعروف", "المعروفه", "المعروفين", "المعروفون", "معروف", "معروفه", "عرف", "عرفت", "يعرف", "تعرف",
        "يعرفون", "اشتهر", "اشتهرت", "الشهير", "الشهيره", "المشهور", "المشهوره", "المسمي", "المسماه",
        "يسمي", "تسمي", "سمي", "سميت", "الملقب", "الملقبه", "لقب", "لقبت", "يلقب", "تلقب",
        "المتحدث", "المتحدثه", "متحدث", "متحدثه", "الناطق", "الناطقه", "ناطق", "ناطقه", "ناطقا", "متحدثا",
        "تحدث", "يتحدث", "تتحدث", "نطق", "ينطق",
    ]

    static func trimming(_ mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        mentions.compactMap { m in
            guard m.type == .person,
                  let first = ModelToken.index(holding: m.start, in: tokens), tokens[first].start == m.start
            else { return m }
            let key = ArabicNormalizer.normalize(tokens[first].text)
            let introduces: Bool
            if born.contains(key) {
                introduces = true
            } else if key == "باسم", first > 0 {
                introduces = naming.contains(ArabicNormalizer.normalize(tokens[first - 1].text))
            } else {
                introduces = false
            }
            guard introduces else { return m }
            guard first + 1 < tokens.count, tokens[first + 1].start < m.end else { return nil }
            let cut = tokens[first + 1].start - m.start
            var rest = m
            rest.name = String(m.name.unicodeScalars.dropFirst(cut))
            rest.start = tokens[first + 1].start
            return rest
        }
    }
}

import ArabicText

/// A derived verbal noun alone (`الاتفاق` "the agreement", `الانتحار` "suicide") that the model
/// took for a body or a place. Al-Ettifaq, the club, is named `الاتفاق` in sport news, but the
/// word was an organisation 101 times in 12,000 SaudiNewsNet articles, most of them in stories on
/// the nuclear deal. Such a word alone is an organisation only in a text that speaks of sport
/// (a club, a league, a match, a player, a coach, a stadium, a goal), and never a place.
/// `الاتحاد` ("the union", also the name of clubs, papers and federations) is left to the model.
enum VerbalNounClubs {
    /// Words of sport news (normalised). Source: Arabic sport reporting.
    static let sportWords: Set<String> = [
        "نادي", "النادي", "الدوري", "دوري", "مباراه", "المباراه", "لاعب", "اللاعب", "مدرب", "المدرب",
        "الملعب", "ملعب", "بطوله", "البطوله", "هدف", "هدفين", "الجوله",
    ]

    static func removing(from mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        var sport: Bool?
        return mentions.filter { m in
            guard m.type != .person, mayBeVerbalNoun(m.name) else { return true }
            let key = ArabicNormalizer.normalize(m.name)
            guard key != "الاتحاد", PersonFilters.isDerivedVerbalNoun(key) else { return true }
            guard m.type == .organization else { return false }
            if sport == nil {
                sport = tokens.contains { sportWords.contains(ArabicNormalizer.normalize($0.text)) }
            }
            return sport ?? false
        }
    }

    /// Whether the written name is one word starting `الا`/`الإ`/`الأ`/`الآ`, as a derived verbal noun
    /// with the article does: most names are answered without normalising them.
    static func mayBeVerbalNoun(_ name: String) -> Bool {
        var it = name.unicodeScalars.makeIterator()
        guard it.next() == "ا", it.next() == "ل", let third = it.next(), ["ا", "أ", "إ", "آ"].contains(third) else { return false }
        return !name.contains(" ")
    }
}

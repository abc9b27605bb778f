import ArabicText

/// Place names that are also common words of the language, read as places only where a place
/// can stand: `مالي` is Mali and "financial" (`دعم مالي`, `مبلغ مالي`: 72 places in SaudiNewsNet
/// articles 12,001–20,000, all the adjective in the contexts read), `مشهد` is Mashhad and
/// "scene" (`مشهد ثقافي`). Such a place is kept at the start of a text, after a function word or
/// preposition (`في مالي`), a place or facility head (`جمهورية مالي`, `مدينة مشهد`, `فندق`), a
/// title or a body's head (`رئيس مالي`, `حكومة مالي`) or a direction (`شمال مالي`); after any
/// other word it is that word's adjective or complement, and goes.
enum AmbiguousPlaces {
    /// The ambiguous names, normalised. Source: Arabic general vocabulary.
    static let words: Set<String> = ["مالي", "مشهد"]
    /// Directions before a place (`شمال مالي`). Normalised.
    static let directions: Set<String> = ["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"]

    /// `mentions` without the ambiguous places that follow a word a place does not follow.
    static func removing(from mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        mentions.filter { m in
            guard m.type == .location, words.contains(ArabicNormalizer.normalize(m.name)),
                  let k = ModelToken.index(holding: m.start, in: tokens), k > 0,
                  !tokens[k - 1].isPunctuation else { return true }
            let before = ArabicNormalizer.normalize(tokens[k - 1].text)
            let plain = [before] + EntityEvidence.procliticKeys(ofNormalized: before)
            // `عاصمتها مشهد`: a head with a pronoun (and `ة` written `ت` before it).
            let readings = plain + plain.flatMap(CommonWordNames.withoutPronoun).flatMap { [$0, $0.hasSuffix("ت") ? String($0.dropLast()) + "ه" : $0] }
            return readings.contains {
                EntityEvidence.hasClass($0, "function", "adminHead", "facilityHead", "title", "orgHead") || directions.contains($0) || $0 == "دوله" || $0 == "جمهوريه"
            }
        }
    }
}

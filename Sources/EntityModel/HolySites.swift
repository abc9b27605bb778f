import ArabicText

/// The holy sites of the Hajj named alone (`عرفات`, `منى`, `مزدلفة`), in a text about the Hajj,
/// are places: the model reads `من عرفات إلى منى` as the persons Arafat and Mona (`عرفات` was a
/// person 71 times in SaudiNewsNet's resolved top 200, round 15). A text is about the Hajj when
/// it names another of the sites, the pilgrims or the rites (`الحجاج`, `المشاعر`, `الحج`).
/// Elsewhere `عرفات` is Yasser Arafat and `منى` a given name, as the model reads them.
/// Source: general knowledge of the Hajj (the sites of the rites between the 8th and 13th of
/// Dhu al-Hijjah).
enum HolySites {
    /// The sites, normalised.
    static let sites: Set<String> = ["عرفات", "مني", "مزدلفه"]
    /// Words that make a text about the Hajj (as written or after a proclitic), normalised.
    static let hajjWords: Set<String> = ["الحج", "الحجاج", "حجاج", "الحاج", "المشاعر", "مشعر", "المشعر", "التروية", "النفرة", "الجمرات"]

    static func retyping(_ mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        guard mentions.contains(where: { $0.type == .person && sites.contains(ArabicNormalizer.normalize($0.name)) }) else { return mentions }
        // Each site the text names, and whether it names the Hajj itself.
        var named = Set<String>()
        var hajj = false
        for token in tokens where !token.isPunctuation {
            let key = ArabicNormalizer.normalize(token.text)
            for reading in [key] + EntityEvidence.procliticKeys(ofNormalized: key) {
                if sites.contains(reading) { named.insert(reading) }
                if hajjWords.contains(reading) { hajj = true }
            }
        }
        guard hajj || named.count >= 2 else { return mentions }
        return mentions.map { m in
            // A title says the person is meant (`الرئيس عرفات`).
            guard m.type == .person, m.role == nil, sites.contains(ArabicNormalizer.normalize(m.name)) else { return m }
            var place = m
            place.type = .location
            place.isLocal = false
            return place
        }
    }
}

/// Countries and regions with their nisba adjective (مصر ↔ مصري), so a query for the place also
/// finds the adjective (المصرية، اليمنيين) after the place's own mentions (exact forms rank
/// first). Only these places: the nisba of an ordinary word is another word (خارج "outside",
/// الخارجية "foreign ministry"), and the query for the adjective stays the adjective.
///
/// Source: hand-compiled from the Arabic names of the Arab League states, their neighbours and
/// the powers most named in Arab news, with the adjective as any Arabic news agency writes it.
public enum PlaceAdjectives {
    /// (place, adjective) as written; keys are derived with `SuffixRules`.
    public static let pairs: [(place: String, adjective: String)] = [
        ("مصر", "مصري"), ("سوريا", "سوري"), ("ليبيا", "ليبي"), ("فلسطين", "فلسطيني"), ("اليمن", "يمني"),
        ("العراق", "عراقي"), ("لبنان", "لبناني"), ("الأردن", "أردني"), ("تونس", "تونسي"), ("الجزائر", "جزائري"),
        ("المغرب", "مغربي"), ("السودان", "سوداني"), ("قطر", "قطري"), ("الكويت", "كويتي"), ("البحرين", "بحريني"),
        ("الإمارات", "إماراتي"), ("عمان", "عماني"), ("موريتانيا", "موريتاني"), ("الصومال", "صومالي"),
        ("إيران", "إيراني"), ("تركيا", "تركي"), ("روسيا", "روسي"), ("أمريكا", "أمريكي"), ("بريطانيا", "بريطاني"),
        ("فرنسا", "فرنسي"), ("ألمانيا", "ألماني"), ("الصين", "صيني"), ("اليابان", "ياباني"), ("الهند", "هندي"),
        ("باكستان", "باكستاني"), ("أفغانستان", "أفغاني"), ("إسرائيل", "إسرائيلي"), ("كوريا", "كوري"),
        ("إيطاليا", "إيطالي"), ("إسبانيا", "إسباني"), ("كندا", "كندي"), ("أستراليا", "أسترالي"),
        ("أوروبا", "أوروبي"), ("أفريقيا", "أفريقي"), ("إثيوبيا", "إثيوبي"), ("أوكرانيا", "أوكراني"),
    ]

    /// The place key of each adjective key (`مصري` → `مصر`).
    public static let placeOfAdjective: [String: String] = {
        var table: [String: String] = [:]
        for (place, adjective) in pairs {
            let adjectiveKey = SuffixRules.key(ArabicNormalizer.normalize(adjective))
            table[adjectiveKey] = SuffixRules.key(ArabicNormalizer.normalize(strippingArticle(place)))
        }
        return table
    }()

    /// Keys of the places, and of groups and cities whose names a final ة would turn into
    /// another word (حماس/حماسة, الرياض/الرياضة "sport"): a word that is one of these plus ة
    /// keeps its ة.
    public static let names: Set<String> = {
        var names = Set(placeOfAdjective.values)
        for name in ["حماس", "داعش", "فتح", "رياض"] { names.insert(name) }
        return names
    }()

    /// A place written with the article without it (ألمانيا's أل is no article).
    private static func strippingArticle(_ written: String) -> String {
        written.hasPrefix("ال") ? String(written.dropFirst(2)) : written
    }
}

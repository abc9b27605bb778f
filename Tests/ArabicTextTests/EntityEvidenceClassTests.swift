import ArabicText
import Testing

/// `EntityEvidence.hasClass` answers as `classes(of:)` does, without building the list.
@Suite struct EntityEvidenceClassTests {
    static let names = ["country", "city", "region", "gazVariant", "gazFirst", "demonym", "given", "foreignGiven",
                        "title", "particle", "orgHead", "orgDefHead", "genericAdj", "adminHead", "facilityHead",
                        "locCue", "function", "month", "nameWord"]

    /// Words of every list (places, phrases, demonyms, names, titles, heads, function words with
    /// a pronoun, months) and unknown words: each class name gives the same answer both ways.
    @Test func hasClassAgreesWithTheList() {
        let words = ["مصر", "القاهره", "الرياض", "الولايات المتحده", "الشرق الاوسط", "اللبناني", "الامريكيه",
                     "محمد", "جون", "الرئيس", "بن", "وزاره", "المجلس", "الحكوميه", "محافظه", "مطار", "في",
                     "عليه", "يناير", "رمضان", "بلاتر", "كتاب", "xyz", ""]
        for word in words {
            let key = ArabicNormalizer.normalize(word)
            let listed = Set(EntityEvidence.classes(of: key))
            for name in Self.names {
                #expect(EntityEvidence.hasClass(key, name) == listed.contains(name), "\(word) \(name)")
            }
            #expect(EntityEvidence.hasClass(key, "given", "city") == (listed.contains("given") || listed.contains("city")))
        }
        #expect(EntityEvidence.hasClass(ArabicNormalizer.normalize("مصر"), "country"))
        #expect(!EntityEvidence.hasClass(ArabicNormalizer.normalize("كتاب"), "country", "given", "function"))
    }
}

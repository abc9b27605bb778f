import ArabicText
@testable import EntityModel
import Testing

/// Round 15, read in SaudiNewsNet's resolved top 200: `دينه` ("his religion", the given name
/// `دينة` once normalised), the planet `بلوتو`, and the Hajj site `مشعر عرفات` read as the person
/// Arafat. Sentences written for these tests.
@Suite struct RealNewsJunkTestsRound15 {
    @Test func hisReligionIsNoPerson() {
        #expect(PersonFilters.isNounWithHis(written: "دينه", key: "دينه"))
        #expect(!PersonFilters.isNounWithHis(written: "دينة", key: "دينه"))
        let m = EntityMention(type: .person, name: "دينه", start: 20, end: 24)
        #expect(PersonFilters.applying(to: [m]).isEmpty)
        let dina = EntityMention(type: .person, name: "دينة", start: 20, end: 24)
        #expect(PersonFilters.applying(to: [dina]).count == 1)
    }

    @Test func dinaBesideACueStaysAPerson() {
        let names = ShippedNames.of("وقالت دينة إن المشروع سينطلق قريبا.")
        #expect(names.contains { $0 == (.person, "دينة") }, "\(names)")
    }

    @Test func aPlanetIsNoPerson() {
        let names = ShippedNames.of("وأظهرت صور المسبار أن سطح بلوتو متجمد، وأن بلوتو يبتعد عن الشمس.")
        #expect(!names.contains { $0.1.contains("بلوتو") }, "\(names)")
    }

    @Test func theHajjSitesArePlaces() {
        let names = ShippedNames.of("ونقلت الحافلات الحجاج من مشعر عرفات إلى مشعر مزدلفة ثم إلى مشعر منى.")
        for site in ["مشعر عرفات", "مشعر مزدلفة", "مشعر منى"] {
            #expect(names.contains { $0 == (.location, site) }, "\(site): \(names)")
        }
        #expect(!names.contains { $0.0 == .person }, "\(names)")
    }
}

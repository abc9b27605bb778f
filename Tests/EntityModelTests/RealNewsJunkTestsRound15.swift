import ArabicText
@testable import EntityModel
import Testing

/// Round 15, read in SaudiNewsNet's resolved top 200: `دينه` ("his religion", the given name
/// `دينة` once normalised), the planet `بلوتو`, `روين` from `دي بروين`, and the Hajj site
/// `مشعر عرفات` read as the person Arafat. Sentences written for these tests.
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

    /// `دي بروين` (Kevin De Bruyne) was the person `روين` (66): `ب` read off as "with".
    @Test func aSurnameAfterAParticleKeepsItsFirstLetter() {
        let names = ShippedNames.of("وأهدر دي بروين فرصة أخرى في الدقيقة 41.")
        #expect(names.contains { $0.0 == .person && $0.1.hasSuffix("بروين") }, "\(names)")
        #expect(!names.contains { $0.1 == "روين" }, "\(names)")
    }

    @Test func theHajjSitesArePlaces() {
        let names = ShippedNames.of("ونقلت الحافلات الحجاج من مشعر عرفات إلى مشعر مزدلفة ثم إلى مشعر منى.")
        for site in ["مشعر عرفات", "مشعر مزدلفة", "مشعر منى"] {
            #expect(names.contains { $0 == (.location, site) }, "\(site): \(names)")
        }
        #expect(!names.contains { $0.0 == .person }, "\(names)")
    }
}

/// Round 15: a holy site of the Hajj named alone in a text about the Hajj is a place; the same
/// name with a title, or in a text about something else, is the person. Sentences written for
/// these tests.
@Suite struct HolySitesTests {
    @Test func aSiteAloneInAHajjTextIsAPlace() {
        let names = ShippedNames.of("وانتقلت الحافلات من عرفات إلى منى بعد غروب الشمس، وأكد مدير الأمن نجاح خطة الحج.")
        #expect(names.contains { $0 == (.location, "عرفات") }, "\(names)")
        #expect(!names.contains { $0.0 == .person && $0.1 == "عرفات" }, "\(names)")
    }

    @Test func thePersonStaysThePerson() {
        let titled = ShippedNames.of("وقال الرئيس عرفات إن السلطة ملتزمة بالاتفاق.")
        #expect(titled.contains { $0.0 == .person && $0.1.contains("عرفات") }, "\(titled)")
        let mona = HolySites.retyping([EntityMention(type: .person, name: "منى", start: 5, end: 8)],
                                      tokens: ModelTokenizer.sentences(in: Array("قالت منى إن المشروع سيكتمل.".unicodeScalars)).flatMap { $0 })
        #expect(mona.first?.type == .person)
    }
}

import ArabicText
@testable import EntityModel
import Testing

/// Round 14, read in the 3,000-article dump (SaudiNewsNet): `في بيانه` ("in his statement") was a
/// place 9 times, the model reading any word after `في` as one. A one-word place written with a
/// possessive pronoun (`ه`, `ها`, `هم`: not the `ة` many place names end in) on a common word, and
/// no place list knowing the whole (`أبها`, `حماه`, `سبها` are places), is that noun. Sentences
/// written for these tests.
@Suite struct PlaceJunkTestsRound14 {
    @Test func aNounWithAPronounIsNoPlace() {
        let found = ShippedNames.of("وقال الدكتور عادل الطريفي في بيانه لوكالة الأنباء السعودية عقب الاجتماع إن المشروع يسير.")
        #expect(!found.contains { $0.0 == .location }, "\(found)")
    }

    @Test func placesEndingInHaaStay() {
        for (text, place) in [("ووصل الوفد إلى أبها مساء أمس.", "أبها"), ("وشهدت مدينة حماه اشتباكات عنيفة.", "حماه"),
                              ("واندلعت اشتباكات في سبها جنوب ليبيا.", "سبها"),
                              ("وتجمع المهاجرون في كاليه شمال فرنسا.", "كاليه")] {
            #expect(ShippedNames.of(text).contains { $0 == (.location, place) }, "\(text): \(ShippedNames.of(text))")
        }
    }
}

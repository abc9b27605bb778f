import ArabicText
@testable import EntityModel
import Testing

/// Round 13: `أليس بنت ذكية` ("Alice is a smart girl", SaudiNewsNet) was one person's name. A
/// `بنت` followed by a feminine adjective describes a girl; a daughter's name after `بنت` is a
/// name. Sentences written for these tests.
@Suite struct RealNewsJunkTestsRound13 {
    @Test func aGirlDescribedIsNoPartOfHerName() {
        let m = EntityMention(type: .person, name: "أليس بنت ذكية", start: 10, end: 23)
        let cut = PersonFilters.withoutGirlDescribed(m)
        #expect(cut.name == "أليس" && cut.start == 10 && cut.end == 14)
        let names = ShippedNames.of("تقول الرواية إن أليس بنت ذكية تحب القراءة، وإن أليس تكتب القصص منذ صغرها.")
        #expect(!names.contains { $0.1.contains("ذكية") }, "\(names)")
    }

    @Test func aDaughtersNameAfterBintStays() {
        for name in ["فاطمة بنت محمد", "نورة بنت عبدالرحمن", "عائشة بنت الشاطئ", "فاطمة بنت أسد"] {
            let m = EntityMention(type: .person, name: name, start: 0, end: name.unicodeScalars.count)
            #expect(PersonFilters.withoutGirlDescribed(m) == m, "\(name)")
        }
        let names = ShippedNames.of("زارت الأميرة نورة بنت عبدالرحمن المعرض، وقالت الأميرة نورة بنت عبدالرحمن إن المعرض مميز.")
        #expect(names.contains { $0 == (.person, "نورة بنت عبدالرحمن") }, "\(names)")
    }
}

import ArabicText
@testable import EntityModel
import Testing

/// Round 20, read in 12,000 SaudiNewsNet articles: bodies ran on past their relative adjective
/// into the next phrase (`المجلس البلدي المهندس` 13, `صندوق النقد الدولي الحصول`). Sentences
/// written for these tests.
@Suite struct VerbTailsTests {
    private func org(_ name: String) -> EntityMention {
        EntityMention(type: .organization, name: name, start: 10, end: 10 + name.unicodeScalars.count)
    }

    @Test func aBodyEndsAtItsRelativeAdjective() {
        let cut = VerbTails.trimming([org("صندوق النقد الدولي الحصول"), org("منظمة الصحة العالمية التأكيد"),
                                      org("الهيئة الملكية الكثير"), org("صندوق التنمية العقارية المهندس")])
        #expect(cut.map(\.name) == ["صندوق النقد الدولي", "منظمة الصحة العالمية", "الهيئة الملكية", "صندوق التنمية العقارية"])
        #expect(cut.allSatisfy { $0.end - $0.start == $0.name.unicodeScalars.count })
    }

    /// With the fourth encyclopedic file's weights, `وعاقب الاتحاد الدولي اللاعب` ran the body into
    /// the verb's object (a round 4 test failed).
    @Test func anActiveParticipleEndsNoBody() {
        let cut = VerbTails.trimming([org("الاتحاد الدولي اللاعب"), org("مركز الدفاع المدني القابل")])
        #expect(cut.map(\.name) == ["الاتحاد الدولي", "مركز الدفاع المدني"])
    }

    @Test func adjectivesAndNounsOfTheNameStay() {
        let names = ["البنك الأهلي المتحد", "الجماعة الليبية المقاتلة", "مجلس وزراء الداخلية العرب", "الهيئة الطبية العامة"]
        #expect(VerbTails.trimming(names.map(org)).map(\.name) == names)
    }

    @Test func theShippedRecogniserCutsTheRun() {
        let found = ShippedNames.of("وقال رئيس المجلس البلدي المهندس سالم العتيبي إن المشروع اكتمل.")
        #expect(!found.contains { $0.1.hasSuffix("المهندس") }, "\(found)")
    }
}

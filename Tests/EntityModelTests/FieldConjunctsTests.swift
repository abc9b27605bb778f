import ArabicText
@testable import EntityModel
import Testing

/// Round 20, read in 12,000 SaudiNewsNet articles: `الهيئة العامة للسياحة` (221 times cut before
/// `والتراث الوطني`), `منظمة الأمم المتحدة للتربية` (before `والعلم والثقافة`). Sentences written
/// for these tests.
@Suite struct FieldConjunctsTests {
    @Test func aBodyOfTwoFieldsIsOneName() {
        for (text, name) in [("وأعلنت الهيئة العامة للسياحة والتراث الوطني عن برنامج جديد.", "الهيئة العامة للسياحة والتراث الوطني"),
                             ("وأدرجت منظمة الأمم المتحدة للتربية والعلم والثقافة الموقع في قائمتها.", "منظمة الأمم المتحدة للتربية والعلم والثقافة")] {
            let orgs = ShippedNames.of(text).filter { $0.0 == .organization }.map(\.1)
            #expect(orgs == [name], "\(text): \(orgs)")
        }
    }

    @Test func anotherPartyATitleOrARelativeEndsIt() {
        let text = "وقالت الوكالة الدولية للطاقة الذرية والمجتمع الدولي والدكتور سالم والتي تعمل إن الاتفاق صامد."
        let scalars = Array(text.unicodeScalars)
        let tokens = ModelTokenizer.sentences(in: scalars).flatMap { $0 }
        let agency = EntityMention(type: .organization, name: "الوكالة الدولية للطاقة الذرية", start: 6, end: 35)
        #expect(FieldConjuncts.extending([agency], tokens: tokens, scalars: scalars) == [agency])
        let other = "وزارت الشركة السعودية للكهرباء والتي تعمل في المنطقة."
        let s2 = Array(other.unicodeScalars)
        let company = EntityMention(type: .organization, name: "الشركة السعودية للكهرباء", start: 6, end: 30)
        #expect(FieldConjuncts.extending([company], tokens: ModelTokenizer.sentences(in: s2).flatMap { $0 }, scalars: s2) == [company])
    }
}

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
        for (text, name) in [("وقالت الوكالة الدولية للطاقة الذرية والمجتمع الدولي إن الاتفاق صامد.", "الوكالة الدولية للطاقة الذرية"),
                             ("وزارت الشركة السعودية للكهرباء والتي تعمل في المنطقة.", "الشركة السعودية للكهرباء"),
                             ("وحضر ممثل الجمعية السعودية للثقافة والدكتور سالم.", "الجمعية السعودية للثقافة")] {
            let p = KnownNamesProbe(text)
            let body = p.mention(name, .organization)
            #expect(FieldConjuncts.extending([body], tokens: p.tokens, scalars: p.scalars) == [body], "\(text)")
        }
    }
}

import ArabicText
@testable import EntityModel
import Testing

/// Round 20, read in 12,000 SaudiNewsNet articles: `القاعدة العسكرية` ("the military base") was
/// al-Qaeda 19 times; `مجلس الشؤون` and `مجلس العلاقات` stopped before their adjectives (31).
/// Sentences written for these tests.
@Suite struct NameCompletionsRound20Tests {
    @Test func theBaseIsNoGroup() {
        // The group named once, then the base: the second was al-Qaeda by recurrence.
        let found = ShippedNames.of("وحارب في صفوف القاعدة سنوات. وتسعى القوات إلى استعادة السيطرة على القاعدة العسكرية التي يسيطر عليها الحوثيون.")
        // One `القاعدة` is the group; the base is none (`الحوثيون` is an organisation since round 22).
        #expect(found.filter { $0.0 == .organization && $0.1.hasPrefix("القاعدة") }.count == 1, "\(found)")
        let group = ShippedNames.of("وأعلن تنظيم القاعدة مسؤوليته عن الهجوم.")
        #expect(group.contains { $0 == (.organization, "تنظيم القاعدة") }, "\(group)")
    }

    @Test func aBodyOfAffairsOrRelationsTakesItsAdjectives() {
        for (text, name) in [("واجتمع مجلس الشؤون السياسية والأمنية أمس.", "مجلس الشؤون السياسية والأمنية"),
                             ("وقال كيري لمجلس العلاقات الخارجية إن الحل سياسي.", "مجلس العلاقات الخارجية")] {
            let orgs = ShippedNames.of(text).filter { $0.0 == .organization }.map(\.1)
            #expect(orgs == [name], "\(text): \(orgs)")
        }
    }

    @Test func aLoneDefiniteHeadTakesItsAdjective() {
        let p = KnownNamesProbe("وحذرت المفوضية الأوروبية من التباطؤ.")
        let run = OpenComplements.extending([p.mention("المفوضية", .organization)], tokens: p.tokens, scalars: p.scalars)
        #expect(run.map(\.name) == ["المفوضية الأوروبية"])
    }
}

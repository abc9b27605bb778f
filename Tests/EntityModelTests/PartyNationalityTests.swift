import ArabicText
@testable import EntityModel
import Testing

/// A nationality after a party the model ends before is no part of its name: `حزب الله
/// اللبناني` was an entity apart from `حزب الله` (ANERcorp, ten blocks: 5 false and 6 missed
/// `حزب الله`). Sentences written for this test.
@Suite struct PartyNationalityTests {
    @Test func theNationalityStaysOut() {
        let names = ShippedNames.of("وقال حزب الله اللبناني إن مقاتليه صدوا الهجوم، وانتقد حزب الشعب الجمهوري التركي الحكومة.")
        #expect(names.contains { $0 == (.organization, "حزب الله") }, "\(names)")
        #expect(names.contains { $0 == (.organization, "حزب الشعب الجمهوري") }, "\(names)")
    }

    /// Where the model reads the word as the name's (`الكردستاني`), and after a state body
    /// (`الجيش اللبناني`), it stays.
    @Test func aNameThatEndsWithItKeepsIt() {
        let names = ShippedNames.of("وقال حزب العمال الكردستاني إنه سيرد، فيما انتشر الجيش اللبناني في المدينة.")
        #expect(names.contains { $0 == (.organization, "حزب العمال الكردستاني") }, "\(names)")
        #expect(names.contains { $0 == (.organization, "الجيش اللبناني") }, "\(names)")
    }
}

/// The reconciliation itself, on spans written for the test: a Kurdish party keeps its
/// nationality even where the model stops before it (the 3 `حزب العمال الكردستاني` of the fresh
/// slice that became `حزب العمال`, the British party's name, before the exemption).
@Suite struct PartyNationalitySpanTests {
    func spans(_ text: String, rule: String, model: String) -> (EntityMention, [EntityMention], [Unicode.Scalar]) {
        let scalars = Array(text.unicodeScalars)
        func mention(_ name: String) -> EntityMention {
            let range = text.range(of: name)!
            let s = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            return EntityMention(type: .organization, name: name, start: s, end: s + name.unicodeScalars.count)
        }
        return (mention(rule), [mention(model)], scalars)
    }

    @Test func aKurdishPartyKeepsItsName() {
        let (rule, model, scalars) = spans("وقال حزب العمال الكردستاني إنه سيرد.", rule: "حزب العمال الكردستاني", model: "حزب العمال")
        #expect(OrganizationSpans.reconciled(rule, with: model, scalars: scalars) == rule)
    }

    @Test func anotherNationalityGoes() {
        let (rule, model, scalars) = spans("وقال حزب الله اللبناني إنه سيرد.", rule: "حزب الله اللبناني", model: "حزب الله")
        #expect(OrganizationSpans.reconciled(rule, with: model, scalars: scalars) == nil)
    }
}

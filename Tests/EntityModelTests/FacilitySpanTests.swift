import ArabicText
@testable import EntityModel
import Testing

/// Marsad names facilities whole (`سجن بوسليم`, `مسجد الحسن الثاني`). The model took the name
/// inside a prison for an organisation (`بوسليم`, twice in the seeds), and the rules' facility
/// span ran on over a preposition of place (`سجن أبو غريب قرب`). Sentences written for these
/// tests; each failed before its fix.
@Suite struct FacilitySpanTests {
    let recognizer = LearnedEntityRecognizer.shipped!

    func rule(_ name: String, at start: Int) -> (mention: EntityMention, strength: Int) {
        (EntityMention(type: .location, name: name, start: start, end: start + name.unicodeScalars.count),
         EntityEvidence.RuleStrength.facility)
    }

    @Test func aFacilityIsKeptAroundANameTheModelTypedOtherwise() {
        let inner = EntityMention(type: .organization, name: "الحائر", start: 4, end: 10)
        #expect(recognizer.isFacilityAround(rule("سجن الحائر", at: 0), [inner]))
        // The model's mention must lie inside, after the head.
        let other = EntityMention(type: .organization, name: "سجن", start: 0, end: 3)
        #expect(!recognizer.isFacilityAround(rule("سجن الحائر", at: 0), [other]))
    }

    /// `وأدى` ("and performed") normalises like `وادي` ("valley") but is a verb.
    @Test func aHeadWithAHamzaIsAnotherWord() {
        let inner = EntityMention(type: .organization, name: "العنابي", start: 5, end: 12)
        #expect(!recognizer.isFacilityAround(rule("وأدى العنابي", at: 0), [inner]))
    }

    @Test func aPrisonIsOnePlace() {
        let names = recognizer.recognize(in: "وزار الوفد سجن الحائر جنوب الرياض.").map { ($0.type, $0.name) }
        #expect(names.contains { $0.0 == .location && $0.1 == "سجن الحائر" }, "\(names)")
        #expect(!names.contains { $0.0 == .organization }, "\(names)")
    }

    @Test func aPlaceStopsBeforeAPrepositionOfPlace() {
        let names = EntityRecognizer().recognize(in: "نقل المعتقلون إلى سجن أبو غريب قرب بغداد.").map(\.name)
        #expect(names.contains("سجن أبو غريب") && !names.contains("سجن أبو غريب قرب"), "\(names)")
    }
}

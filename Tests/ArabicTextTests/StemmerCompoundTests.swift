import Testing
@testable import ArabicText

/// Compound names and spelling-variant folding that the search keys rely on.
struct StemmerCompoundTests {
    @Test(arguments: [
        ("ابوختاله", "ابو", "ختاله"), ("عبدالحكيم", "عبد", "الحكيم"), ("بوسليم", "بو", "سليم"),
    ])
    func splitsJoinedCompounds(_ word: String, _ head: String, _ rest: String) throws {
        let parts = try #require(NameCompounds.split(word))
        #expect(parts.head == head && parts.rest == rest)
    }

    @Test(arguments: ["ابو", "بوش", "عبدي", "ليبيا"])
    func leavesOtherWords(_ word: String) {
        #expect(NameCompounds.split(word) == nil)
    }

    @Test(arguments: [
        ("امريك", "اميرك"), ("ترامب", "ترمب"), ("فايز", "فايز"), ("فائز", "فايز"), ("مسئول", "مسوول"),
        ("يونيه", "يونيو"), ("ليبيا", "ليبيا"),
    ])
    func foldsVariants(_ stem: String, _ canonical: String) {
        #expect(SpellingVariants.fold(stem) == canonical)
    }

    @Test func prefixTableCoversTheClitics() {
        let forms = Set(ArabicAffixes.prefixes.map(\.form))
        for form in ["ال", "وال", "بال", "كال", "فال", "لل", "و", "ف", "ب", "ل", "ك", "وبال", "ولل"] {
            #expect(forms.contains(form), "\(form)")
        }
        #expect(ArabicAffixes.prefixes.first.map { $0.form.unicodeScalars.count } == 4)
    }
}

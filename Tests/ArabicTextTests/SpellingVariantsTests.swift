import Testing
@testable import ArabicText

/// Variant folding on stems, now matched as bytes instead of with Foundation's `contains`.
@Suite struct SpellingVariantsTests {
    @Test func knownVariantsFoldToTheirCanonicalForm() {
        #expect(SpellingVariants.fold("ترامب") == "ترمب")
        #expect(SpellingVariants.fold("امريكي") == "اميركي")
        #expect(SpellingVariants.fold("مسئول") == "مسوول")
        #expect(SpellingVariants.fold("شئون") == "شوون")
        #expect(SpellingVariants.fold("يونيه") == "يونيو")
    }

    @Test func otherStemsAreUnchanged() {
        for stem in ["بنغازي", "سرت", "ترمب", "", "امر", "ريك"] {
            #expect(SpellingVariants.fold(stem) == stem)
        }
    }

    @Test func byteContainment() {
        #expect(SpellingVariants.containsBytes("الامريكيه", "امريك"))
        #expect(!SpellingVariants.containsBytes("امري", "امريك"))
        #expect(SpellingVariants.containsBytes("abcabd", "abd"))
        #expect(!SpellingVariants.containsBytes("", "a"))
        #expect(SpellingVariants.containsBytes("a", ""))
    }
}

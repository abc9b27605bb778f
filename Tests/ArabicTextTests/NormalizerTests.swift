import Testing
@testable import ArabicText

/// Orthographic variants fold to one key.
struct NormalizerTests {
    @Test(arguments: [
        ("أحمد", "احمد"), ("إسماعيل", "اسماعيل"), ("آذار", "اذار"), ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"), ("القاعدة", "القاعده"), ("فى", "في"),
        ("مُتزامنًا", "متزامنا"), ("ليـــبيا", "ليبيا"), ("٢٠١٢", "2012"), ("۲۰۱۸", "2018"),
        ("ﻟﻴﺒﻴﺎ", "ليبيا"), ("ﻻ", "لا"), ("CIA", "cia"),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(ArabicNormalizer.normalize(input) == expected)
    }

    @Test func diacriticsAreIgnorable() {
        #expect(ArabicNormalizer.isIgnorable("\u{064E}"))
        #expect(ArabicNormalizer.isIgnorable("\u{0640}"))
        #expect(!ArabicNormalizer.isIgnorable("ب"))
    }
}

import Testing
@testable import ArabicText

/// The suffix rules, one ending at a time.
struct SuffixRulesTests {
    @Test(arguments: [
        ("حكومه", "حكوم"), ("حملتها", "حمل"), ("حملات", "حمل"), ("قواتها", "قوات"), ("سفيرها", "سفير"),
        ("حوثيين", "حوثي"), ("حوثيون", "حوثي"), ("خارجيه", "خارجي"), ("معتقلون", "معتقلين"),
        ("مصراته", "مصرات"), ("لبنان", "لبنان"), ("فلسطين", "فلسطين"), ("بحرين", "بحرين"), ("قوه", "قوه"),
        ("امريكيه", "اميركي"), ("ترامب", "ترمب"),
    ])
    func strips(_ word: String, _ expected: String) {
        #expect(SuffixRules.key(word) == expected)
    }
}

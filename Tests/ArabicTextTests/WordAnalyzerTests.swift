import Testing
@testable import ArabicText

/// The search analyser: keys that depend on the word alone, clitics read with the lexicon,
/// suffixes by rule, and no false friends.
struct WordAnalyzerTests {
    static func key(_ word: String) -> String {
        WordAnalyzer.queryKey(HamzaDistinctions.searchForm(word))
    }

    static func documentKeys(_ word: String) -> [String] {
        WordAnalyzer.documentKeys(HamzaDistinctions.searchForm(word))
    }

    /// Whether a query for `query` finds the document word `word`.
    static func finds(_ query: String, _ word: String) -> Bool {
        documentKeys(word).contains(key(query))
    }

    /// A query word finds its forms behind proclitics, known to the lexicon or not.
    @Test(arguments: [
        ("نيويورك", "بنيويورك"), ("أمريكا", "بأمريكا"), ("فلسطين", "لفلسطين"), ("كورونا", "بكورونا"),
        ("ليبيا", "لليبيا"), ("ليبيا", "وليبيا"), ("داعش", "لداعش"), ("مصر", "ومصر"), ("مصر", "بمصر"),
        ("الحكومة", "وللحكومة"), ("الحكومة", "حكومته"), ("الإمام", "بالإمام"), ("واشنطن", "لواشنطن"),
        ("ترامب", "وترمب"), ("بريطانيا", "لبريطانيا"), ("لبنان", "ولبنان"), ("كورونا", "كورونا"),
        ("الحوثيون", "الحوثي"), ("الحوثي", "للحوثيين"), ("الحوثيين", "والحوثيون"), ("سوريا", "سورية"),
        ("سورية", "بسوريا"), ("الأمريكية", "الأميركي"), ("المعتقلين", "المعتقلون"), ("حملة", "حملات"),
        ("القوات", "قواتها"), ("السفير", "سفيرها"), ("المسؤول", "المسئول"), ("أمام", "وأمامه"),
        ("ليبيا", "الليبي"), ("سوريا", "السورية"), ("مصر", "المصريين"), ("بوتين", "لبوتين"), ("كيري", "وكيري"),
        ("ليبيا", "وليبية"), ("الليبية", "ليبية"), ("بريطانيا", "بريطانية"), ("بنغازي", "لبنغازي"), ("لبنغازي", "بنغازي"),
    ])
    func finds(_ query: String, _ word: String) {
        #expect(Self.finds(query, word), "\(query) → \(Self.key(query)); \(word) → \(Self.documentKeys(word))")
    }

    /// No false friends: a strip never turns one word into another.
    @Test(arguments: [
        ("مصر", "مصراتة"), ("خارج", "الخارجية"), ("الخارجية", "خارج"), ("الإمام", "أمام"), ("أمام", "الإمام"),
        ("كورنا", "الكـوري"), ("كورنا", "فلكورية"), ("زار", "وزارة"), ("زير", "وزير"), ("مال", "كمال"),
        ("البحر", "البحرين"), ("لبن", "لبنان"), ("سرت", "أسرته"), ("الليبي", "ليبيا"), ("السورية", "سوريا"),
        ("يرى", "كيري"), ("كوريا", "فلكورية"), ("وتين", "بوتين"), ("الرياض", "الرياضة"), ("بالرياض", "للرياضة"),
        ("فلسط", "فلسطين"), ("عشر", "العشرين"), ("جنة", "لجنة"), ("الجنة", "لجنة"),
    ])
    func keepsApart(_ query: String, _ word: String) {
        #expect(!Self.finds(query, word), "\(query) → \(Self.key(query)); \(word) → \(Self.documentKeys(word))")
    }

    /// The keys depend on the word alone: the same in any call, with any other words around.
    @Test func keysAreAFunctionOfTheWord() {
        for word in ["بنيويورك", "والحكومة", "لليبيا", "كورونا"] {
            #expect(Self.documentKeys(word) == Self.documentKeys(word))
            #expect(Self.documentKeys(word).first == Self.key(word))
        }
    }

    @Test func shortWordsStay() {
        for word in ["في", "من", "سرت", "علي", "بين"] {
            #expect(Self.key(word) == ArabicNormalizer.normalize(word))
        }
    }

    @Test func wordsTheLexiconKnowsKeepTheirFirstLetter() {
        #expect(Self.documentKeys("وزارة") == ["وزار"])
        #expect(Self.documentKeys("فلسطين") == ["فلسطين"])
    }

    @Test func unknownWordsAreAlsoIndexedWithoutTheirClitic() {
        #expect(Self.documentKeys("بنيويورك").contains("نيويورك"))
        #expect(Self.key("كورونا") == "كورونا")
    }
}

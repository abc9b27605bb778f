import Testing
@testable import NewsCorpus

extension Array where Element: Equatable {
    fileprivate func ends(with suffix: [Element]) -> Bool {
        suffix.count <= count && Array(self[(count - suffix.count)...]) == suffix
    }
}

/// Articles keep their text compactly (`StoredText`); every reader gets back the exact string the
/// article was built with, byte for byte: the text, its paragraphs, the lead, the scalar count.
@Suite struct StoredArticleTextTests {
    /// Made-up paragraphs in the scripts and marks news text brings.
    static let paragraphSets: [[String]] = [
        [],
        ["قال الوزير إن الاجتماع سيُعقد غداً في الرياض."],
        ["Latin only, with café and cafe\u{301}.", "Second paragraph."],
        ["«مرحباً» قالت “سارة” – ثم… غادرت\u{00A0}المكان.", "emoji 👋🏽 🇸🇦 و ال\u{200C}مقاومة \u{200F}", "ا\u{654}ل\u{651}\u{64E}ه ﻻ"],
        ["٠١٢٣ 2015/3/3 ١٤٣٦هـ", "中文 и русский", "𝔸\u{10FFFF}"],
        (0..<300).map { i in "الفقرة رقم \(i) من نص طويل عن الاقتصاد والنفط والسياسة في المنطقة 👍." },
    ]

    /// The text as `Article` built it before texts were stored compactly.
    static func joined(_ paragraphs: [String]) -> String {
        paragraphs.joined(separator: "\n\n")
    }

    @Test(arguments: paragraphSets)
    func readersGetTheExactText(_ paragraphs: [String]) {
        let cleaned = CleanedArticle(title: "عنوان", titleSource: .provided, paragraphs: paragraphs, links: [])
        let article = Article(id: "a", cleaned: cleaned)
        let expected = Self.joined(paragraphs)
        #expect(Array(article.text.utf8) == Array(expected.utf8))
        #expect(article.paragraphTexts.map { Array($0.utf8) } == paragraphs.map { Array($0.utf8) })
        #expect(article.paragraphTexts(in: article.text) == article.paragraphTexts)
        #expect(article.scalarCount == expected.unicodeScalars.count)
        #expect(article.storedText.utf8Count == expected.utf8.count)
        // Copies share the stored text.
        #expect(article.withID("b").text == article.text)
        #expect(article.withEstimatedDate(nil).storedText == article.storedText)
        // The lead is the text from its first paragraph that says something.
        #expect(Array(expected.utf8).ends(with: Array(article.lead.utf8)))
    }

    @Test func longArabicTextsAreStoredInAThirdOfTheirBytes() {
        let paragraphs = Self.paragraphSets.last!
        let article = Article(id: "long", cleaned: CleanedArticle(title: "t", titleSource: .provided, paragraphs: paragraphs, links: []))
        #expect(article.storedText.storedCount * 3 < Self.joined(paragraphs).utf8.count)
    }

    @Test func aSubmittedArticleReadsBackItsCleanedText() {
        let text = "قال وزير الداخلية محمود علي إن الوضع مستقر.\n\nوأضاف أن قوات الأمن 🚓 انتشرت في المدينة."
        let article = SubmittedArticle(id: "s", title: "اختبار", text: text).article()
        #expect(article.text == text)
        #expect(Array(article.text.utf8) == Array(text.utf8))
    }
}

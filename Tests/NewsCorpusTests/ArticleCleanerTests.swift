import Testing
@testable import NewsCorpus

@Suite struct ArticleCleanerTests {
    @Test func headingFollowedByBlankLineIsTheTitle() {
        let c = ArticleCleaner.clean("عنوان الخبر\n\nالفقرة الأولى. والثانية.\n")
        #expect(c.title == "عنوان الخبر")
        #expect(c.titleSource == .heading)
        #expect(c.paragraphs == ["الفقرة الأولى. والثانية."])
    }

    @Test func withoutHeadingTheTitleIsTheFirstSentence() {
        let c = ArticleCleaner.clean("قال الوزير إن المحادثات انتهت. وأضاف أنها ستستأنف.\nفقرة ثانية.")
        #expect(c.titleSource == .firstSentence)
        #expect(c.title == "قال الوزير إن المحادثات انتهت.")
        #expect(c.paragraphs.count == 2)
    }

    @Test func longDerivedTitleIsCutAtAWord() {
        let sentence = String(repeating: "كلمة ", count: 60) + "نهاية."
        let c = ArticleCleaner.clean(sentence)
        #expect(c.title.count <= ArticleCleaner.maximumDerivedTitleLength + 1)
        #expect(c.title.hasSuffix("…"))
        #expect(!c.title.contains("كلم…"))
    }

    @Test(arguments: [
        ("أولى., ثانية", ["أولى.", "ثانية"]),
        ("أولى ., ثانية", ["أولى.", "ثانية"]),
        ("\"أولى\"., ثانية", ["\"أولى\".", "ثانية"]),
        ("أولى.,  , ثانية", ["أولى.", "ثانية"]),
        ("بلا فصل، هنا", ["بلا فصل، هنا"]),
    ])
    func gluedParagraphsAreSplit(input: String, expected: [String]) {
        #expect(ArticleCleaner.clean(input).paragraphs == expected)
    }

    @Test(arguments: [
        ("طرابلس ، وفقاً للتقرير .", "طرابلس، وفقاً للتقرير."),
        ("في أسبوع !", "في أسبوع!"),
        ("في ليبيا ؟", "في ليبيا؟"),
        ("كلمتان  بينهما   فراغ", "كلمتان بينهما فراغ"),
    ])
    func spacesBeforePunctuationAreRemoved(input: String, expected: String) {
        #expect(ArticleCleaner.tidy(input) == expected)
    }

    @Test func titleRepeatedAsFirstLineIsDropped() {
        let c = ArticleCleaner.clean("عنوان مكرر\n\nعنوان مكرر\n\nالنص.")
        #expect(c.paragraphs == ["النص."])
    }

    @Test func urlLinesBecomeLinks() {
        let c = ArticleCleaner.clean("نص أول.\nhttps://example.org/posts/123\nنص ثان.")
        #expect(c.links == ["https://example.org/posts/123"])
        #expect(c.paragraphs == ["نص أول.", "نص ثان."])
    }

    @Test func cleaningChangesNoWord() throws {
        let raw = "عنوان\n\nقال المتحدث ، إن الهجوم وقع., وأضاف أن \"الوضع\" هادئ ."
        let before = raw.split(whereSeparator: { " \n.,،\"".contains($0) })
        let c = ArticleCleaner.clean(raw)
        let after = ([c.title] + c.paragraphs).joined(separator: " ").split(whereSeparator: { " \n.,،\"".contains($0) })
        #expect(before == after)
    }
}

import Foundation
import Testing
@testable import NewsCorpus

/// Issue 22's data loss: a text whose first line is short and followed by a blank line lost that
/// line when a title was given (the cleaner took it for a heading and the given title replaced it).
@Suite struct NoSilentChangeTests {
    let lead = "قال وزير الداخلية محمود علي إن الوضع مستقر."
    var text: String { lead + "\n\nوأضاف أن قوات الأمن انتشرت في المدينة." }

    @Test func submittedArticleKeepsItsLeadParagraph() {
        let article = SubmittedArticle(id: "a-1", title: "اختبار", text: text).article()
        #expect(article.title == "اختبار")
        #expect(article.titleSource == .provided)
        #expect(article.paragraphTexts.first == lead)
        #expect(article.paragraphTexts.count == 2)
    }

    @Test func withAGivenTitleTheCleanerTakesNoHeading() {
        let cleaned = ArticleCleaner.clean(text, providedTitle: "اختبار")
        #expect(cleaned.title == "اختبار")
        #expect(cleaned.titleSource == .provided)
        #expect(cleaned.paragraphs.first == lead)
    }

    @Test func aFirstLineRepeatingTheGivenTitleIsStillDropped() {
        // Scraped files often start with the headline the metadata also gives: no word is lost.
        let cleaned = ArticleCleaner.clean("عنوان الخبر\n\n" + text, providedTitle: "عنوان الخبر")
        #expect(cleaned.paragraphs.first == lead)
        #expect(cleaned.paragraphs.count == 2)
    }

    @Test func corpusFileWithMetadataTitleKeepsItsLeadParagraph() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-lead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try text.write(to: dir.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        try #"{"title": "اختبار"}"#.write(to: dir.appendingPathComponent("x.json"), atomically: true, encoding: .utf8)
        let article = try #require(try CorpusLoader.load(directory: dir.path).articles.first)
        #expect(article.title == "اختبار")
        #expect(article.paragraphTexts.first == lead)
        #expect(article.paragraphTexts.count == 2)
    }

    @Test func everyWordOfTheSubmissionSurvives() {
        let article = SubmittedArticle(id: "a-2", title: "عنوان", text: text).article()
        let words = { (s: String) in s.split(whereSeparator: { " \n.,،".contains($0) }) }
        #expect(words(article.text) == words(text))
    }
}

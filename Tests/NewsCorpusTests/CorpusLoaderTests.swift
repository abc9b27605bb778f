import ArabicText
import Foundation
import Testing
@testable import NewsCorpus

@Suite struct CorpusLoaderTests {
    @Test func loadsEverySeedWithTitleAndParagraphs() throws {
        let result = try CorpusLoader.load(directory: RepoPaths.seeds)
        #expect(result.warnings.isEmpty)
        #expect(result.articles.map(\.id) == [
            "000_fb78c02459ae3a97", "001_ee4fb4a7c0a0eb1e", "002_855d8bd0f73ce62f",
            "003_0caa95451c496c82", "004_6017e8bea10498ae",
        ])
        let byId = Dictionary(uniqueKeysWithValues: result.articles.map { ($0.id, $0) })
        #expect(byId["000_fb78c02459ae3a97"]?.title == "هجوم بنغازي الدامي.. أميركا تحكم على قاتل سفيرها")
        #expect(byId["003_0caa95451c496c82"]?.title == "غارة أميركية تستهدف عناصر القاعدة في ليبيا")
        #expect(byId["002_855d8bd0f73ce62f"]?.titleSource == .firstSentence)
        #expect(byId["002_855d8bd0f73ce62f"]?.links.count == 5)
        #expect(byId["000_fb78c02459ae3a97"]?.paragraphs.count == 11)
        // The title repeated as the body's first line is gone.
        let a4 = try #require(byId["004_6017e8bea10498ae"])
        #expect(!a4.text.hasPrefix(a4.title))
        for article in result.articles {
            #expect(!article.text.contains(".,"), "glued paragraphs left in \(article.id)")
            #expect(!article.text.contains(" ،"), "space before comma in \(article.id)")
            #expect(!article.text.contains("https://"), "URL line left in \(article.id)")
        }
    }

    @Test func savedPagesAreReadByTheGivenReaderAndTheirJSONWins() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("<html>ignored by the stub</html>".utf8).write(to: URL(fileURLWithPath: folder + "/p.html"))
        try Data(#"{"title": "عنوان من الملف", "source": "مصدر"}"#.utf8).write(to: URL(fileURLWithPath: folder + "/p.json"))
        let reader: (Data) -> CorpusLoader.PageText = { _ in
            .init(title: "عنوان الصفحة", text: "فقرة أولى من الصفحة.\n\nفقرة ثانية.", published: "2020-05-01", source: "news.example", url: "https://news.example/p")
        }
        let withReader = try CorpusLoader.load(directory: folder, readPage: reader)
        let article = try #require(withReader.articles.first)
        #expect(article.title == "عنوان من الملف")
        #expect(article.source == "مصدر")
        #expect(article.url == "https://news.example/p")
        #expect(article.published?.description == "2020-05-01")
        #expect(article.text.hasPrefix("فقرة أولى من الصفحة."))
        // Without a reader the page is not an article.
        #expect(try CorpusLoader.load(directory: folder).articles.isEmpty)
    }

    @Test func paragraphOffsetsPointIntoTheText() throws {
        let result = try CorpusLoader.load(directory: RepoPaths.seeds)
        for article in result.articles {
            let scalars = Array(article.text.unicodeScalars)
            for (span, text) in zip(article.paragraphs, article.paragraphTexts) {
                #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == text)
            }
            #expect(article.paragraphs.last?.end == scalars.count)
        }
    }

    @Test func badFilesAreSkippedWithAWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("عنوان\n\nنص المقال.".utf8).write(to: dir.appendingPathComponent("good.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data("{\"published\": \"not a date\"}".utf8).write(to: dir.appendingPathComponent("good.json"))
        let result = try CorpusLoader.load(directory: dir.path)
        #expect(result.articles.map(\.id) == ["good"])
        #expect(result.warnings.contains { $0.contains("empty.txt") })
        #expect(result.warnings.contains { $0.contains("binary.txt") && $0.contains("UTF-8") })
        #expect(result.warnings.contains { $0.contains("good.json") })
    }

    @Test func metadataGivesTheDate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-meta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("عنوان\n\nنص المقال.".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data(#"{"published": "2020-11-13", "source": "وكالة", "url": "https://example.org/a"}"#.utf8)
            .write(to: dir.appendingPathComponent("a.json"))
        let article = try #require(try CorpusLoader.load(directory: dir.path).articles.first)
        #expect(article.published?.description == "2020-11-13")
        #expect(article.publishedEstimated == false)
        #expect(article.source == "وكالة")
    }

    @Test func missingFolderThrows() {
        #expect(throws: CorpusLoader.LoadError.self) { try CorpusLoader.load(directory: "/nonexistent/marsad") }
    }

    @Test(arguments: [("2012-09-11", "2012-09-11"), ("2018-06", "2018-06"), ("2014", "2014"), ("2020-11-13T08:00:00Z", "2020-11-13")])
    func isoDatesParse(text: String, expected: String) {
        #expect(ISODateParser.parse(text)?.description == expected)
    }

    @Test(arguments: ["2012-13", "2012-02-30", "12-01-01", "2012/01/01", "", "abcd", "2012-1-1"])
    func badISODatesAreRefused(text: String) {
        #expect(ISODateParser.parse(text) == nil)
    }
}

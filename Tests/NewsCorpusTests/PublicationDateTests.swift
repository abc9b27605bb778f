import ArabicText
import Foundation
import Testing
@testable import NewsCorpus

/// Publication dates from metadata are checked: a Hijri date in ISO form is converted with a
/// warning, an implausible year is refused with a warning (the other fields stay).
@Suite struct PublicationDateTests {
    func metadata(_ json: String) throws -> ArticleMetadata {
        try ArticleMetadata(json: Data(json.utf8))
    }

    @Test func hijriLookingDateIsConvertedWithAWarning() throws {
        let m = try metadata(#"{"published": "1436-10-05", "title": "خبر"}"#)
        #expect(m.published?.description == "2015-07-21")
        #expect(m.warnings.count == 1)
        #expect(m.warnings.first?.contains("Hijri") == true)
    }

    @Test func hijriYearAloneIsConverted() throws {
        #expect(try metadata(#"{"published": "1436"}"#).published?.description == "2015")
    }

    @Test func implausibleYearIsRefusedKeepingTheRest() throws {
        let m = try metadata(#"{"published": "2099-01-01", "title": "خبر", "source": "وكالة"}"#)
        #expect(m.published == nil)
        #expect(m.title == "خبر" && m.source == "وكالة")
        #expect(m.warnings.count == 1)
        #expect(try metadata(#"{"published": "0999-05-01"}"#).published == nil)
    }

    @Test func ordinaryDateIsKeptSilently() throws {
        let m = try metadata(#"{"published": "2015-07-20"}"#)
        #expect(m.published?.description == "2015-07-20")
        #expect(m.warnings.isEmpty)
    }

    @Test func loaderReportsTheWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pubdate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("عنوان\n\nنص الخبر.".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data(#"{"published": "1436-10-05", "source": "وكالة"}"#.utf8).write(to: dir.appendingPathComponent("a.json"))
        let result = try CorpusLoader.load(directory: dir.path)
        #expect(result.articles.first?.published?.description == "2015-07-21")
        #expect(result.articles.first?.source == "وكالة")
        #expect(result.warnings.contains { $0.hasPrefix("a.json") && $0.contains("Hijri") })
    }
}

import Foundation
import HTTPCore
import HTTPTypes
import NewsAPI
import NewsCorpus
import Testing

/// `POST /api/articles/bulk` at the router tier: bad lines, idempotence by id and url.
@Suite struct BulkImportAPITests {
    let writes = WriteAPITests()

    func bulk(_ router: Router, _ lines: [String], token: String? = "s3cret",
              contentType: String = "application/x-ndjson") throws -> (status: Int, json: [String: Any]) {
        let response = writes.send(router, .post, "/api/articles/bulk", body: lines.joined(separator: "\n"),
                                   token: token, contentType: contentType)
        let json = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] ?? [:]
        return (Int(response.status.code), json)
    }

    static func line(id: String? = nil, title: String? = "عنوان", text: String, url: String? = nil) -> String {
        var object: [String: String] = ["text": text]
        if let id { object["id"] = id }
        if let title { object["title"] = title }
        if let url { object["url"] = url }
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func rejectedLines(_ json: [String: Any]) -> [Int] {
        (json["rejected"] as? [[String: Any]] ?? []).compactMap { $0["line"] as? Int }
    }

    @Test func badLinesAreReportedAndTheOthersKept() throws {
        let journal = WriteAPITests.Recorder()
        let (router, store) = try writes.service(journal: journal)
        let lines = [
            Self.line(id: "b-1", text: "عقد وزير الخارجية اجتماعا في الخرطوم."),
            "{not json",
            #"{"title": "بلا نص"}"#,
            Self.line(id: "b-2", title: nil, text: "قال رئيس الوزراء إن الاقتصاد ينمو.\n\nوأضاف أن الصادرات زادت."),
            "   ",
            #"{"title": "عنوان", "text": "نص", "published": "أمس"}"#,
            "[1, 2]",
            #"{"title": "عنوان", "text": "نص", "id": "../etc"}"#,
            Self.line(id: "000_fb78c02459ae3a97", text: "نص يحاول استبدال مقال من المجلد."),
        ]
        let (status, json) = try bulk(router, lines)
        #expect(status == 200)
        #expect(json["added"] as? Int == 2)
        #expect(json["updated"] as? Int == 0)
        #expect(json["unchanged"] as? Int == 0)
        #expect(Self.rejectedLines(json) == [2, 3, 6, 7, 8, 9])
        let details = (json["rejected"] as? [[String: Any]] ?? []).compactMap { $0["detail"] as? String }
        #expect(details.allSatisfy { !$0.isEmpty })
        #expect(journal.changes.count == 2)
        #expect(store.snapshot.corpus.articles.count == 7)
        // No title given: taken from the text's first sentence, and the text keeps every word.
        let untitled = try #require(store.snapshot.corpus.article(id: "b-2"))
        #expect(untitled.title == "قال رئيس الوزراء إن الاقتصاد ينمو.")
        #expect(untitled.text.hasPrefix("قال رئيس الوزراء"))
        // Searchable at once.
        #expect(store.snapshot.index.documentCount == 7)
    }

    @Test func aSecondImportAddsNothingAndChangedTextUpdates() throws {
        let journal = WriteAPITests.Recorder()
        let (router, store) = try writes.service(journal: journal)
        let lines = [
            Self.line(id: "b-1", text: "عقد وزير الخارجية اجتماعا في الخرطوم."),
            Self.line(title: "بالرابط", text: "افتتح المعرض في الرياض.", url: "https://example.org/1"),
        ]
        let first = try bulk(router, lines)
        #expect(first.json["added"] as? Int == 2)
        let again = try bulk(router, lines)
        #expect(again.json["added"] as? Int == 0)
        #expect(again.json["unchanged"] as? Int == 2)
        #expect(journal.changes.count == 2)
        #expect(store.snapshot.corpus.articles.count == 7)

        let changed = [
            Self.line(id: "b-1", text: "عقد وزير الخارجية اجتماعا ثانيا في الخرطوم."),
            Self.line(title: "بالرابط", text: "افتتح المعرض في جدة.", url: "https://example.org/1"),
        ]
        let update = try bulk(router, changed)
        #expect(update.json["updated"] as? Int == 2)
        #expect(update.json["added"] as? Int == 0)
        #expect(store.snapshot.corpus.articles.count == 7)
        #expect(store.snapshot.corpus.article(id: "b-1")?.text == "عقد وزير الخارجية اجتماعا ثانيا في الخرطوم.")
        let byURL = try #require(store.snapshot.corpus.articlePosition(url: "https://example.org/1"))
        #expect(store.snapshot.corpus.articles[byURL].text == "افتتح المعرض في جدة.")
    }

    @Test func theSameArticleTwiceInOneBatchIsOneArticle() throws {
        let (router, store) = try writes.service()
        let (_, json) = try bulk(router, [
            Self.line(text: "الخبر الأول.", url: "https://example.org/a"),
            Self.line(text: "الخبر الأول.", url: "https://example.org/a"),
            Self.line(text: "الخبر الأول معدلا.", url: "https://example.org/a"),
        ])
        #expect(json["added"] as? Int == 1)
        #expect(json["unchanged"] as? Int == 1)
        #expect(json["updated"] as? Int == 1)
        #expect(store.snapshot.corpus.articles.count == 6)
    }

    /// Issue 22: the same article posted twice became two.
    @Test func postingTheSameURLTwiceMakesOneArticle() throws {
        let (router, store) = try writes.service()
        let body = #"{"title": "خبر", "text": "افتتح المعرض في الرياض.", "url": "https://example.org/p"}"#
        let first = writes.send(router, .post, "/api/articles", body: body)
        #expect(first.status == .created)
        let second = writes.send(router, .post, "/api/articles", body: body)
        #expect(second.status == .ok)
        #expect(second.headerFields[.location] == first.headerFields[.location])
        #expect(store.snapshot.corpus.articles.count == 6)
        let changed = writes.send(router, .post, "/api/articles", body: #"{"title": "خبر", "text": "افتتح المعرض في جدة.", "url": "https://example.org/p"}"#)
        #expect(changed.status == .ok)
        #expect(store.snapshot.corpus.articles.count == 6)
        // An id names the article too.
        let withID = #"{"id": "mine-1", "title": "خبر", "text": "نص."}"#
        #expect(writes.send(router, .post, "/api/articles", body: withID).status == .created)
        #expect(writes.send(router, .post, "/api/articles", body: withID).status == .ok)
        #expect(writes.send(router, .post, "/api/articles", body: #"{"id": "000_fb78c02459ae3a97", "title": "خبر", "text": "نص."}"#).status == .conflict)
        #expect(store.snapshot.corpus.articles.count == 7)
    }

    @Test func refusesWithoutTokenOrWithTheWrongType() throws {
        let (router, store) = try writes.service()
        let lines = [Self.line(text: "نص.")]
        #expect(try bulk(router, lines, token: nil).status == 401)
        #expect(try bulk(router, lines, contentType: "application/json").status == 415)
        #expect(store.snapshot.corpus.articles.count == 5)
    }

    @Test func anEmptyBodyChangesNothing() throws {
        let journal = WriteAPITests.Recorder()
        let (router, _) = try writes.service(journal: journal)
        let (status, json) = try bulk(router, [])
        #expect(status == 200)
        #expect(json["added"] as? Int == 0)
        #expect(journal.changes.isEmpty)
    }

    @Test func storageFailureChangesNothing() throws {
        let journal = WriteAPITests.Recorder()
        journal.failing = true
        let (router, store) = try writes.service(journal: journal)
        #expect(try bulk(router, [Self.line(text: "نص.")]).status == 503)
        #expect(store.snapshot.corpus.articles.count == 5)
    }
}

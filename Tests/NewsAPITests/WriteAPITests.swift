import Foundation
import HTTPCore
import HTTPTypes
import NewsAPI
import NewsCorpus
import Testing

/// Writes at the router tier, each test on its own store.
@Suite struct WriteAPITests {
    final class Recorder: ArticleStore, @unchecked Sendable {
        // Confined: tests call the router from one thread at a time.
        var changes: [ArticleChange] = []
        var failing = false
        func load() throws -> (changes: [ArticleChange], warnings: [String]) { (changes, []) }
        func append(_ change: ArticleChange) throws {
            if failing { throw StoreError.io("test", 5) }
            changes.append(change)
        }
    }

    func service(token: String? = "s3cret", journal: Recorder = Recorder()) throws -> (Router, SnapshotStore) {
        let store = SnapshotStore(Snapshot(corpus: Corpus(articles: SeedAPI.store.snapshot.corpus.articles,
                                                          analyses: SeedAPI.store.snapshot.corpus.analyses)))
        let router = try NewsService(store: store, access: WriteAccess(token: token), journal: journal).router()
        return (router, store)
    }

    func send(_ router: Router, _ method: HTTPRequest.Method, _ path: String, body: String? = nil,
              token: String? = "s3cret", contentType: String? = "application/json") -> Response {
        var fields = HTTPFields()
        if let token { fields[.authorization] = "Bearer " + token }
        if let contentType { fields[.contentType] = contentType }
        return router.respond(to: Request(method: method, target: path, path: path, headerFields: fields,
                                          body: Array((body ?? "").utf8)))
    }

    let valid = #"{"title": "اجتماع في الخرطوم", "text": "عقد وزير الخارجية السوداني اجتماعا في الخرطوم يوم 3 مارس 2021.", "published": "2021-03-04"}"#

    @Test func postCreatesAnArticleWithLocation() throws {
        let journal = Recorder()
        let (router, store) = try service(journal: journal)
        let response = send(router, .post, "/api/articles", body: valid)
        #expect(response.status == .created)
        let location = try #require(response.headerFields[.location])
        #expect(location.hasPrefix("/api/articles/a-"))
        let id = String(location.dropFirst("/api/articles/".count))
        #expect(store.snapshot.corpus.article(id: id)?.title == "اجتماع في الخرطوم")
        #expect(journal.changes.count == 1)
        let body = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        #expect(body?["id"] as? String == id)
        #expect(body?["published"] as? String == "2021-03-04")
        // Readable at once.
        #expect(router.respond(to: Request(method: .get, target: location, path: location)).status == .ok)
    }

    @Test func writesAreDisabledWithoutAToken() throws {
        let (router, _) = try service(token: nil)
        #expect(send(router, .post, "/api/articles", body: valid).status == .forbidden)
    }

    @Test(arguments: [nil, "wrong", ""] as [String?])
    func missingOrWrongTokenIs401WithChallenge(token: String?) throws {
        let (router, store) = try service()
        let response = send(router, .post, "/api/articles", body: valid, token: token)
        #expect(response.status == .unauthorized)
        #expect(response.headerFields[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
        #expect(store.snapshot.corpus.articles.count == 5)
    }

    @Test(arguments: [
        ("{not json", 400, nil),
        ("[]", 400, nil),
        (#"{"text": "نص"}"#, 400, "title"),
        (#"{"title": "  ", "text": "نص"}"#, 400, "title"),
        (#"{"title": "عنوان"}"#, 400, "text"),
        (#"{"title": "عنوان", "text": 5}"#, 400, "text"),
        (#"{"title": "عنوان", "text": "نص", "published": "أمس"}"#, 400, "published"),
    ] as [(String, Int, String?)])
    func badBodiesAreRefusedAndNothingStored(body: String, status: Int, parameter: String?) throws {
        let journal = Recorder()
        let (router, store) = try service(journal: journal)
        let response = send(router, .post, "/api/articles", body: body)
        #expect(Int(response.status.code) == status)
        #expect(response.headerFields[.contentType] == MediaType.problemJSON)
        if let parameter {
            let json = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            #expect(json?["parameter"] as? String == parameter)
        }
        #expect(journal.changes.isEmpty)
        #expect(store.snapshot.corpus.articles.count == 5)
    }

    @Test func invalidUTF8Is400() throws {
        let (router, _) = try service()
        var fields = HTTPFields()
        fields[.authorization] = "Bearer s3cret"
        fields[.contentType] = "application/json"
        let body: [UInt8] = Array(#"{"title": "x", "text": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let response = router.respond(to: Request(method: .post, target: "/api/articles", path: "/api/articles", headerFields: fields, body: body))
        #expect(response.status == .badRequest)
    }

    @Test func wrongContentTypeIs415() throws {
        let (router, _) = try service()
        #expect(send(router, .post, "/api/articles", body: valid, contentType: "text/plain").status == .unsupportedMediaType)
        #expect(send(router, .post, "/api/articles", body: valid, contentType: nil).status == .unsupportedMediaType)
        #expect(send(router, .post, "/api/articles", body: valid, contentType: "application/json; charset=utf-8").status == .created)
    }

    @Test func putReplacesAddedArticlesOnly() throws {
        let (router, store) = try service()
        let location = try #require(send(router, .post, "/api/articles", body: valid).headerFields[.location])
        let replaced = send(router, .put, location, body: #"{"title": "عنوان معدل", "text": "نص معدل."}"#)
        #expect(replaced.status == .ok)
        #expect(store.snapshot.corpus.article(id: String(location.split(separator: "/").last!))?.title == "عنوان معدل")
        #expect(send(router, .put, "/api/articles/000_fb78c02459ae3a97", body: valid).status == .conflict)
        #expect(send(router, .put, "/api/articles/nope", body: valid).status == .notFound)
    }

    /// Issue 22: a short first line followed by a blank line was taken for a heading and lost.
    @Test func postAndPutKeepTheLeadParagraph() throws {
        let (router, store) = try service()
        let body = #"{"title":"اختبار","text":"قال وزير الداخلية محمود علي إن الوضع مستقر.\n\nوأضاف أن الأمن مستتب."}"#
        let location = try #require(send(router, .post, "/api/articles", body: body).headerFields[.location])
        let id = String(location.split(separator: "/").last!)
        #expect(store.snapshot.corpus.article(id: id)?.text.hasPrefix("قال وزير الداخلية محمود علي") == true)
        let replaced = #"{"title":"معدل","text":"سطر أول قصير.\n\nثم فقرة ثانية."}"#
        #expect(send(router, .put, location, body: replaced).status == .ok)
        #expect(store.snapshot.corpus.article(id: id)?.text == "سطر أول قصير.\n\nثم فقرة ثانية.")
    }

    @Test func deleteRemovesAndHidesSeeds() throws {
        let (router, store) = try service()
        #expect(send(router, .delete, "/api/articles/000_fb78c02459ae3a97").status == .noContent)
        #expect(store.snapshot.corpus.article(id: "000_fb78c02459ae3a97") == nil)
        #expect(send(router, .delete, "/api/articles/000_fb78c02459ae3a97").status == .notFound)
    }

    @Test func storageFailureChangesNothing() throws {
        let journal = Recorder()
        journal.failing = true
        let (router, store) = try service(journal: journal)
        let response = send(router, .post, "/api/articles", body: valid)
        #expect(response.status == .serviceUnavailable)
        #expect(store.snapshot.corpus.articles.count == 5)
    }
}

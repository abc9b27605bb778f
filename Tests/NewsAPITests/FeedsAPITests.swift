import Foundation
import HTTPCore
import HTTPTypes
@testable import NewsAPI
import NewsCorpus
import NewsFetch
import Testing

/// Feeds and fetched links against a fixture site on 127.0.0.1: polling adds new entries once,
/// already imported links are not duplicated, conditional GETs, and the SSRF guard.
@Suite(.serialized) struct FeedsAPITests {
    typealias Recorder = WriteAPITests.Recorder

    struct Harness {
        let router: Router
        let store: SnapshotStore
        let feeds: FeedService
        let journal: Recorder
    }

    /// A service over the seed corpus; `allowPrivate` as the operator flag would set it.
    func harness(allowPrivate: Bool, journal: Recorder = Recorder(), subscriptions: [FeedRecord] = []) throws -> Harness {
        let store = SnapshotStore(Snapshot(corpus: Corpus(articles: SeedAPI.store.snapshot.corpus.articles,
                                                          analyses: SeedAPI.store.snapshot.corpus.analyses)))
        let policy = FetchPolicy(allowPrivateAddresses: allowPrivate, idleTimeout: .seconds(1),
                                 transferTimeout: .seconds(3), maxBodyBytes: 100_000)
        let feeds = FeedService(store: store, journal: journal, policy: policy, subscriptions: subscriptions)
        let router = try NewsService(store: store, access: WriteAccess(token: "s3cret"), journal: journal, feeds: feeds).router()
        return Harness(router: router, store: store, feeds: feeds, journal: journal)
    }

    func send(_ router: Router, _ method: HTTPRequest.Method, _ path: String, _ body: String? = nil,
              token: String? = "s3cret") -> (status: Int, json: [String: Any], response: Response) {
        var fields = HTTPFields()
        if let token { fields[.authorization] = "Bearer " + token }
        if body != nil { fields[.contentType] = "application/json" }
        let response = router.respond(to: Request(method: method, target: path, path: path, headerFields: fields,
                                                  body: Array((body ?? "").utf8)))
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        return (Int(response.status.code), json, response)
    }

    func articles(withURL url: String, in store: SnapshotStore) -> [Article] {
        store.snapshot.corpus.articles.filter { $0.url == url }
    }

    // MARK: SSRF

    @Test func loopbackIsRefusedWithoutTheOperatorFlag() throws {
        let site = try FixtureSite()
        defer { site.stop() }
        let h = try harness(allowPrivate: false)
        let before = h.store.snapshot.corpus.articles.count
        for url in ["\(site.base)/news/rail", "http://localhost:\(site.port)/news/rail", "http://[::1]:\(site.port)/",
                    "http://2130706433:\(site.port)/", "http://169.254.169.254/latest/meta-data/"] {
            let reply = send(h.router, .post, "/api/articles/fetch", #"{"url": "\#(url)"}"#)
            #expect(reply.status == 403, "\(url)")
            #expect(reply.response.headerFields[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(reply.json["type"] as? String == "/problems/address-refused")
            #expect((reply.json["detail"] as? String)?.contains("--allow-private-fetch") == true, "\(url)")
        }
        let feed = send(h.router, .post, "/api/feeds", #"{"url": "\#(site.base)/rss.xml"}"#)
        #expect(feed.status == 403)
        #expect((feed.json["detail"] as? String)?.contains("loopback") == true)
        #expect(site.pageRequests.isEmpty)
        #expect(h.store.snapshot.corpus.articles.count == before)
        #expect(h.journal.changes.isEmpty)
    }

    @Test func badRequestsAreNamed() throws {
        let h = try harness(allowPrivate: false)
        #expect(send(h.router, .post, "/api/articles/fetch", #"{"url": "ftp://example.org/x"}"#).json["parameter"] as? String == "url")
        #expect(send(h.router, .post, "/api/articles/fetch", #"{"url": 5}"#).status == 400)
        #expect(send(h.router, .post, "/api/articles/fetch", #"{"url": "http://x"}"#, token: nil).status == 401)
        #expect(send(h.router, .post, "/api/feeds", #"{"url": "http://x.example", "intervalMinutes": true}"#).json["parameter"] as? String == "intervalMinutes")
        #expect(send(h.router, .post, "/api/feeds", #"{"url": "http://x.example", "intervalMinutes": 0}"#).status == 400)
        #expect(send(h.router, .delete, "/api/feeds/f-none").status == 404)
        #expect(send(h.router, .get, "/api/feeds/f-none").status == 404)
    }

    // MARK: One link

    @Test func fetchingAPageAddsItOnceWithItsMetadata() throws {
        let site = try FixtureSite()
        defer { site.stop() }
        let h = try harness(allowPrivate: true)
        let before = h.store.snapshot.corpus.articles.count
        let url = "\(site.base)/news/desalination"
        let first = send(h.router, .post, "/api/articles/fetch", #"{"url": "\#(url)"}"#)
        #expect(first.status == 201)
        #expect(first.json["title"] as? String == "افتتاح محطة لتحلية المياه في مدينة الساحل")
        #expect(first.json["published"] as? String == "2026-11-28")
        #expect(first.json["source"] as? String == "صحيفة المرصد التجريبية")
        #expect(first.json["url"] as? String == url)
        #expect((first.json["paragraphs"] as? [String])?.count == 4)
        #expect((first.json["text"] as? String)?.contains("التعليقات") == false)
        let id = try #require(first.json["id"] as? String)
        #expect(first.response.headerFields[.location] == "/api/articles/" + id)
        let again = send(h.router, .post, "/api/articles/fetch", #"{"url": "\#(url)"}"#)
        #expect(again.status == 200)
        #expect(again.json["id"] as? String == id)
        #expect(h.store.snapshot.corpus.articles.count == before + 1)
        #expect(site.pageRequests == ["/news/desalination"])
        // Through a redirect: the page's URL after the redirect is already there.
        let redirected = send(h.router, .post, "/api/articles/fetch", #"{"url": "\#(site.base)/to-rail"}"#)
        #expect(redirected.status == 201)
        #expect(send(h.router, .post, "/api/articles/fetch", #"{"url": "\#(site.base)/news/rail"}"#).status == 201)
    }

    @Test func fetchFailuresAreClientProblemsNotServerErrors() throws {
        let site = try FixtureSite()
        defer { site.stop() }
        let h = try harness(allowPrivate: true)
        // /slow last: it holds one of the fixture server's event loops after the client gave up.
        for (path, words) in [("/loop", "redirects"), ("/to-ftp", "ftp"), ("/huge", "limit"), ("/news/missing", "404"),
                              ("/rss.xml", "not an HTML page"), ("/slow", "in time")] {
            let reply = send(h.router, .post, "/api/articles/fetch", #"{"url": "\#(site.base)\#(path)"}"#)
            #expect((400..<500).contains(reply.status), "\(path): \(reply.status)")
            #expect((reply.json["detail"] as? String)?.contains(words) == true, "\(path): \(reply.json)")
        }
    }

    @Test func pagesSentWithAGenericTypeAreSniffed() {
        // python3 -m http.server sends extension-less pages as application/octet-stream.
        #expect(PageImporter.isHTML(type: "application/octet-stream", body: Array("\n<!DOCTYPE html><html>".utf8)))
        #expect(PageImporter.isHTML(type: "text/plain", body: Array("<html lang=ar>".utf8)))
        #expect(PageImporter.isHTML(type: "application/xhtml+xml", body: []))
        #expect(!PageImporter.isHTML(type: "application/octet-stream", body: Array("%PDF-1.7".utf8)))
        #expect(!PageImporter.isHTML(type: "application/rss+xml", body: Array("<html>".utf8)))
    }

    // MARK: Feeds

    @Test func shutdownWaitsForAPollInFlightAndStartsNoOther() throws {
        let site = try FixtureSite()
        defer { site.stop() }
        let h = try harness(allowPrivate: true)
        // A new feed is polled at once; /slow answers after 2.5 s, the harness gives up after 1 s.
        #expect(send(h.router, .post, "/api/feeds", #"{"url": "\#(site.base)/slow"}"#).status == 201)
        let deadline = Date().addingTimeInterval(20)
        while site.pageRequests.isEmpty && Date() < deadline { usleep(5_000) }
        #expect(site.pageRequests == ["/slow"])
        #expect(!h.feeds.finishPolls(within: .milliseconds(100)), "the poll is still waiting for /slow")
        #expect(h.feeds.finishPolls(within: .seconds(20)))
        h.feeds.pollDue(now: Date().addingTimeInterval(86_400))
        #expect(site.pageRequests == ["/slow"], "no poll starts once the service is finishing")
    }

    @Test func aPolledFeedAddsItsNewItemsOnce() throws {
        let site = try FixtureSite()
        defer { site.stop() }
        let h = try harness(allowPrivate: true)
        let before = h.store.snapshot.corpus.articles.count
        // An item already imported through the API, by URL.
        let libraryURL = "\(site.base)/news/library"
        let posted = send(h.router, .post, "/api/articles",
                          #"{"title": "مكتبة الزيتون", "text": "افتتحت مكتبة عامة في حي الزيتون.", "url": "\#(libraryURL)"}"#)
        #expect(posted.status == 201)

        let created = send(h.router, .post, "/api/feeds", #"{"url": "\#(site.base)/rss.xml", "intervalMinutes": 15}"#)
        #expect(created.status == 201)
        let id = try #require(created.json["id"] as? String)
        #expect(created.json["intervalMinutes"] as? Int == 15)
        // The subscription's first poll runs in the background; this one waits for it.
        let second = try #require(h.feeds.poll(id: id))
        #expect(second.status == "notModified")
        #expect(site.notModifiedAnswers == 1)
        #expect(articles(withURL: libraryURL, in: h.store).count == 1)
        #expect(articles(withURL: libraryURL, in: h.store).first?.title == "مكتبة الزيتون")
        let desalination = articles(withURL: "\(site.base)/news/desalination", in: h.store)
        #expect(desalination.count == 1)
        #expect(desalination.first?.published?.description == "2026-11-28")
        #expect(h.store.snapshot.corpus.articles.count == before + 2)
        #expect(!site.pageRequests.contains("/news/library"))

        site.addItem(page: "rail", title: "قطار سريع")
        let third = try #require(h.feeds.poll(id: id))
        #expect(third == PollReport(feedID: id, status: "ok", items: 3, added: 1, existing: 2, failed: 0, error: nil))
        #expect(articles(withURL: "\(site.base)/news/rail", in: h.store).count == 1)
        #expect(h.store.snapshot.corpus.articles.count == before + 3)

        let listed = send(h.router, .get, "/api/feeds")
        #expect(listed.json["total"] as? Int == 1)
        let item = try #require((listed.json["items"] as? [[String: Any]])?.first)
        #expect(item["title"] as? String == "صحيفة المرصد التجريبية - محليات")
        #expect(item["lastStatus"] as? String == "ok")
        #expect(item["itemCount"] as? Int == 3)
        #expect(item["articlesAdded"] as? Int == 2)
    }

    @Test func atomEntriesFallBackToTheirOwnContent() throws {
        let site = try FixtureSite()
        defer { site.stop() }
        let h = try harness(allowPrivate: true)
        let created = send(h.router, .post, "/api/feeds", #"{"url": "\#(site.base)/atom.xml"}"#)
        let id = try #require(created.json["id"] as? String)
        _ = h.feeds.poll(id: id)
        let rail = articles(withURL: "\(site.base)/news/rail", in: h.store)
        #expect(rail.first?.title == "قطار سريع يربط الميناء بالعاصمة")
        let bridge = articles(withURL: "\(site.base)/news/bridge-missing", in: h.store)
        #expect(bridge.count == 1)
        #expect(bridge.first?.title == "جسر المشاة الجديد فوق النهر")
        #expect(bridge.first?.paragraphTexts.count == 2)
        #expect(bridge.first?.published?.description == "2026-09-10")
    }

    @Test func subscriptionsAreJournaledAndReplayed() throws {
        let journal = Recorder()
        let h = try harness(allowPrivate: true, journal: journal)
        let site = try FixtureSite()
        defer { site.stop() }
        let created = send(h.router, .post, "/api/feeds", #"{"url": "\#(site.base)/atom.xml", "intervalMinutes": 30}"#)
        let id = try #require(created.json["id"] as? String)
        let same = send(h.router, .post, "/api/feeds", #"{"url": "\#(site.base)/atom.xml", "intervalMinutes": 45}"#)
        #expect(same.status == 200)
        #expect(same.json["id"] as? String == id)
        let replayed = ArticleChange.feeds(after: journal.changes)
        #expect(replayed.map(\.id) == [id])
        #expect(replayed.first?.intervalMinutes == 45)
        // A restarted server knows the subscription.
        let restarted = try harness(allowPrivate: true, subscriptions: replayed)
        #expect(send(restarted.router, .get, "/api/feeds/\(id)").json["url"] as? String == "\(site.base)/atom.xml")
        #expect(send(h.router, .delete, "/api/feeds/\(id)", token: nil).status == 401)
        #expect(send(h.router, .delete, "/api/feeds/\(id)").status == 204)
        #expect(ArticleChange.feeds(after: journal.changes).isEmpty)
        #expect(send(h.router, .get, "/api/feeds").json["total"] as? Int == 0)
        // The corpus ignores subscription records.
        let seeds = SeedAPI.store.snapshot.corpus
        let feedChanges = journal.changes.filter { if case .upsert = $0 { false } else { true } }
        #expect(feedChanges.count == 3)
        #expect(seeds.applying(feedChanges).articles.map(\.id) == seeds.articles.map(\.id))
    }

    // MARK: Contract

    @Test func theOpenAPIDocumentDescribesTheRoutesAndTheirShapes() throws {
        let spec = SeedAPI.get("/openapi.json").json.object
        let paths = try #require(spec["paths"] as? [String: Any])
        for path in ["/api/articles/fetch", "/api/feeds", "/api/feeds/{id}", "/api/feeds/{id}/poll"] {
            #expect(paths[path] != nil, "OpenAPI lacks \(path)")
        }
        let schemas = try #require((spec["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let feedSchema = try #require(schemas["Feed"] as? [String: Any])
        let required = try #require(feedSchema["required"] as? [String])
        let properties = try #require(feedSchema["properties"] as? [String: Any])
        let record = FeedRecord(id: "f-0000000000000001", url: "https://news.example/rss.xml", intervalMinutes: 5,
                                created: "2026-12-03T09:00:00Z")
        let restarted = try harness(allowPrivate: false, subscriptions: [record])
        let feed = send(restarted.router, .get, "/api/feeds/\(record.id)").json
        #expect(Set(required).isSubset(of: Set(feed.keys)))
        #expect(Set(feed.keys).isSubset(of: Set(properties.keys)))
        let report = PollReport(feedID: "f-1", status: "error", error: "x")
        let reportSchema = try #require(schemas["PollReport"] as? [String: Any])
        let reportKeys = try #require((try JSONSerialization.jsonObject(with: Data(report.json()))) as? [String: Any]).keys
        #expect(Set(reportKeys) == Set(try #require(reportSchema["properties"] as? [String: Any]).keys))
    }
}

/// The fetch gate admits up to its limit and answers 429 past it.
@Suite struct FetchGateTests {
    @Test func admitsUpToTheLimitThenRefuses() throws {
        let gate = FetchGate(limit: 2)
        let inner = try gate.run { try gate.run { () -> Int? in
            do { return try gate.run { 1 } } catch let error as HTTPError {
                #expect(error.status == .tooManyRequests)
                #expect(error.headerFields[.retryAfter] == "5")
                return nil
            }
        } }
        #expect(inner == nil)
        #expect(try gate.run { 7 } == 7)
    }
}

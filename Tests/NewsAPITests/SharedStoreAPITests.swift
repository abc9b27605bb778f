import Foundation
import HTTPCore
import HTTPTypes
@testable import NewsAPI
import NewsCorpus
import Synchronization
import Testing

/// The write path with a store shared by several replicas (issue 20), without a database: the
/// store returns other replicas' changes before this one's, or is out of reach.
@Suite struct SharedStoreAPITests {
    /// Records like a shared store: `record` returns `others` (then forgets them) before the
    /// changes given; `unavailable` makes every write fail as a database outage does.
    final class SharedRecorder: ArticleStore {
        let state = Mutex<(recorded: [ArticleChange], others: [ArticleChange], unavailable: Bool)>(([], [], false))
        func load() throws -> (changes: [ArticleChange], warnings: [String]) { (state.withLock { $0.recorded }, []) }
        func append(_ change: ArticleChange) throws { _ = try record([change]) }
        func record(_ changes: [ArticleChange]) throws -> [ArticleChange] {
            try state.withLock { state in
                if state.unavailable { throw StoreUnavailable(reason: "the database is unreachable") }
                let others = state.others
                state.others = []
                state.recorded += others + changes
                return others + changes
            }
        }
    }

    func service(_ journal: SharedRecorder, readiness: ReadinessCheck? = nil) throws -> (Router, SnapshotStore) {
        let store = SnapshotStore(Snapshot(corpus: Corpus(articles: SeedAPI.store.snapshot.corpus.articles,
                                                          analyses: SeedAPI.store.snapshot.corpus.analyses)))
        let router = try NewsService(store: store, access: WriteAccess(token: "s3cret"), journal: journal,
                                     readiness: readiness).router()
        return (router, store)
    }

    func post(_ router: Router, _ body: String) -> Response {
        var fields = HTTPFields()
        fields[.authorization] = "Bearer s3cret"
        fields[.contentType] = "application/json"
        return router.respond(to: Request(method: .post, target: "/api/articles", path: "/api/articles",
                                          headerFields: fields, body: Array(body.utf8)))
    }

    @Test func othersChangesAreAppliedBeforeOwnInTheirOrder() throws {
        let journal = SharedRecorder()
        let (router, store) = try service(journal)
        journal.state.withLock {
            $0.others = [.upsert(SubmittedArticle(id: "other-1", title: "من نسخة أخرى", text: "نص أول.")),
                         .upsert(SubmittedArticle(id: "mine", title: "قديم", text: "نص قديم."))]
        }
        let response = post(router, #"{"id": "mine", "title": "جديد", "text": "نص جديد من هذه النسخة."}"#)
        // Planned against this replica's snapshot, where "mine" did not exist yet: 201.
        #expect(response.status == .created)
        let corpus = store.snapshot.corpus
        #expect(corpus.article(id: "other-1")?.title == "من نسخة أخرى")
        // Own change last: the other replica's older version of "mine" does not win.
        #expect(corpus.article(id: "mine")?.title == "جديد")
    }

    @Test func anUnreachableStoreAnswers503ProblemWithItsReason() throws {
        let journal = SharedRecorder()
        journal.state.withLock { $0.unavailable = true }
        let (router, store) = try service(journal)
        let before = store.snapshot.corpus.articles.count
        let response = post(router, #"{"title": "عنوان", "text": "نص."}"#)
        #expect(response.status == .serviceUnavailable)
        #expect(response.headerFields[.contentType]?.hasPrefix("application/problem+json") == true)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect((json["detail"] as? String)?.contains("the database is unreachable") == true)
        #expect(store.snapshot.corpus.articles.count == before)
    }

    @Test func readyzAnswers503WhileTheCheckGivesAReason() throws {
        let reason = Mutex<String?>(nil)
        let (router, _) = try service(SharedRecorder(), readiness: { reason.withLock { $0 } })
        let readyz = Request(method: .get, target: "/readyz", path: "/readyz")
        #expect(router.respond(to: readyz).status == .ok)
        reason.withLock { $0 = "no contact with the shared store for 12 s" }
        let stale = router.respond(to: readyz)
        #expect(stale.status == .serviceUnavailable)
        #expect(String(decoding: stale.body, as: UTF8.self).contains("12 s"))
        #expect(router.respond(to: Request(method: .get, target: "/healthz", path: "/healthz")).status == .ok)
    }

    @Test func followedSubscriptionChangesAreIdempotent() throws {
        let store = SnapshotStore(Snapshot(corpus: Corpus(articles: [])))
        let feeds = FeedService(store: store)
        let record = FeedRecord(id: "f-1", url: "https://example.org/feed.xml", intervalMinutes: 30, created: "2026-01-01T00:00:00Z")
        feeds.follow([.feed(record), .feed(record)])
        #expect(feeds.subscriptions.map(\.record) == [record])
        var changed = record
        changed.intervalMinutes = 60
        feeds.follow([.feed(changed)])
        #expect(feeds.subscriptions.map(\.record.intervalMinutes) == [60])
        feeds.follow([.removeFeed(id: "f-1"), .removeFeed(id: "f-1")])
        #expect(feeds.subscriptions.isEmpty)
    }
}

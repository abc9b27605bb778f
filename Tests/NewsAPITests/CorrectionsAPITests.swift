import Foundation
import HTTPCore
import HTTPTypes
import NewsAPI
import NewsCorpus
import Testing

/// Entity corrections at the router tier, each test on its own store, and across a restart
/// through a real journal.
@Suite struct CorrectionsAPITests {
    let writes = WriteAPITests()

    func service(journal: WriteAPITests.Recorder = .init(), access: WriteAccess = WriteAccess(token: "s3cret")) throws -> (Router, SnapshotStore) {
        let store = SnapshotStore(Snapshot(corpus: Corpus(articles: SeedAPI.store.snapshot.corpus.articles,
                                                          analyses: SeedAPI.store.snapshot.corpus.analyses)))
        return (try NewsService(store: store, access: access, journal: journal).router(), store)
    }

    func json(_ response: Response) -> [String: Any] {
        ((try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]) ?? [:]
    }

    func get(_ router: Router, _ target: String) -> Response {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        let items: [QueryParameters.Item] = parts.count < 2 ? [] : parts[1].split(separator: "&").map { pair in
            let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            return QueryParameters.Item(name: kv[0], value: kv.count > 1 ? kv[1] : "")
        }
        return router.respond(to: Request(method: .get, target: target, path: parts[0], query: QueryParameters(items)))
    }

    /// Every entity id the list gives (all pages of up to 1000).
    func listedIDs(_ router: Router) -> Set<String> {
        let items = json(get(router, "/api/entities?limit=1000"))["items"] as? [[String: Any]] ?? []
        return Set(items.compactMap { $0["id"] as? String })
    }

    /// The two most mentioned entities of the seeds.
    var topTwo: (CorpusEntity, CorpusEntity) {
        let corpus = SeedAPI.store.snapshot.corpus
        let ranked = corpus.entities.sorted { $0.mentionCount > $1.mentionCount }
        return (ranked[0], ranked[1])
    }

    /// The corpus a restart builds: the seeds, then the journal in `folder` replayed.
    func restarted(_ folder: String) throws -> Corpus {
        let (changes, warnings) = try JournalStore(folder: folder).load()
        #expect(warnings.isEmpty)
        return Corpus(articles: SeedAPI.store.snapshot.corpus.articles,
                      analyses: SeedAPI.store.snapshot.corpus.analyses).applying(changes)
    }

    @Test func mergeSurvivesARestartAndUndoSetsThemApart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-corrections-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = try JournalStore(folder: folder)
        let store = SnapshotStore(Snapshot(corpus: Corpus(articles: SeedAPI.store.snapshot.corpus.articles,
                                                          analyses: SeedAPI.store.snapshot.corpus.analyses)))
        let router = try NewsService(store: store, access: WriteAccess(token: "s3cret"), journal: journal).router()
        let (a, b) = topTwo

        let merged = writes.send(router, .post, "/api/entities/\(a.id)/merge", body: #"{"into": "\#(b.id)"}"#)
        #expect(merged.status == .created)
        let correction = json(merged)
        let id = try #require(correction["id"] as? String)
        #expect(merged.headerFields[.location] == "/api/corrections/" + id)
        #expect(correction["who"] as? String == "editor")
        #expect(correction["applied"] as? Bool == true)
        #expect(correction["entityId"] as? String == b.id)
        #expect(get(router, "/api/entities/\(a.id)").status == .notFound)
        #expect(json(get(router, "/api/entities/\(b.id)"))["mentionCount"] as? Int == a.mentionCount + b.mentionCount)
        #expect(!listedIDs(router).contains(a.id))

        // Restart: the journal replayed over the same articles gives the merged entity again.
        let after = try restarted(folder)
        #expect(after.entity(id: a.id) == nil)
        #expect(after.entity(id: b.id)?.mentionCount == a.mentionCount + b.mentionCount)
        #expect(after.corrections.map(\.correction.id) == [id])

        // Undo: apart again, listed as undone, and still apart after a restart.
        let undone = writes.send(router, .delete, "/api/corrections/" + id)
        #expect(undone.status == .ok)
        #expect(json(undone)["undone"] as? Bool == true)
        #expect(json(undone)["undoneBy"] as? String == "editor")
        #expect(json(undone)["applied"] as? Bool == false)
        #expect(json(get(router, "/api/entities/\(a.id)"))["mentionCount"] as? Int == a.mentionCount)
        #expect(json(get(router, "/api/entities/\(b.id)"))["mentionCount"] as? Int == b.mentionCount)
        #expect(writes.send(router, .delete, "/api/corrections/" + id).status == .conflict)
        let again = try restarted(folder)
        #expect(again.entity(id: a.id)?.mentionCount == a.mentionCount)
        #expect(again.corrections.first?.undone?.who == "editor")

        let listed = json(get(router, "/api/corrections"))
        #expect(listed["total"] as? Int == 1)
        let item = try #require((listed["items"] as? [[String: Any]])?.first)
        #expect(item["action"] as? String == "merge")
        #expect((item["when"] as? String)?.hasSuffix("Z") == true)
        #expect((item["into"] as? [String: Any])?["id"] as? String == b.id)
    }

    @Test func aHiddenEntityIsGoneFromListsPagesFacetsAndTheGraph() throws {
        let (router, store) = try service()
        let (a, _) = topTwo
        let query = "/api/search?q=" + a.name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
        func facetIDs() -> [String] {
            ((json(get(router, query))["facets"] as? [String: Any])?["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(facetIDs().contains(a.id))
        #expect(CooccurrenceGraph(corpus: store.snapshot.corpus, limit: 40).nodes.contains { $0.entity == store.snapshot.corpus.entityPosition(id: a.id)! })

        let hidden = writes.send(router, .post, "/api/entities/\(a.id)/hide", contentType: nil)
        #expect(hidden.status == .created)
        #expect(!listedIDs(router).contains(a.id))
        #expect(!((json(get(router, "/api/entities"))["items"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == a.id }))
        #expect(get(router, "/api/entities/\(a.id)").status == .notFound)
        #expect(!facetIDs().contains(a.id))
        #expect(store.snapshot.corpus.entityPosition(id: a.id) == nil)
        let corrections = json(get(router, "/api/corrections?entity=\(a.id)"))["items"] as? [[String: Any]] ?? []
        #expect(corrections.map { $0["action"] as? String } == ["hide"])
    }

    @Test func renameRetypeAndSplitKeepTheIdAndAreListed() throws {
        let (router, store) = try service()
        let corpus = store.snapshot.corpus
        let (a, _) = topTwo
        #expect(a.mentionCount >= 2)
        let renamed = writes.send(router, .post, "/api/entities/\(a.id)/rename", body: #"{"name": "اسم مصحح"}"#)
        #expect(renamed.status == .created)
        var entity = json(get(router, "/api/entities/\(a.id)"))
        #expect(entity["name"] as? String == "اسم مصحح")
        #expect((entity["aliases"] as? [String])?.contains(a.name) == true)

        let newType = a.type == .person ? "organization" : "person"
        #expect(writes.send(router, .post, "/api/entities/\(a.id)/retype", body: #"{"type": "\#(newType)"}"#).status == .created)
        entity = json(get(router, "/api/entities/\(a.id)"))
        #expect(entity["type"] as? String == newType)

        let first = a.mentions[0]
        let articleId = corpus.articles[first.article].id
        let split = writes.send(router, .post, "/api/entities/\(a.id)/split",
                                body: #"{"mentions": [{"articleId": "\#(articleId)", "start": \#(first.start), "end": \#(first.end)}], "name": "كيان منفصل"}"#)
        #expect(split.status == .created)
        let newID = try #require(json(split)["entityId"] as? String)
        #expect(newID != a.id)
        let made = json(get(router, "/api/entities/\(newID)"))
        #expect(made["name"] as? String == "كيان منفصل")
        #expect(made["mentionCount"] as? Int == 1)
        #expect(json(get(router, "/api/entities/\(a.id)"))["mentionCount"] as? Int == a.mentionCount - 1)
        #expect(json(get(router, "/api/corrections"))["total"] as? Int == 3)

        // Undone, newest first: the entity is as resolution made it, and so is what the next
        // rebuild starts from (the analyses are not rewritten by the corrections).
        let ids = (json(get(router, "/api/corrections"))["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        for id in ids.reversed() { #expect(writes.send(router, .delete, "/api/corrections/" + id).status == .ok) }
        let restored = try #require(store.snapshot.corpus.entity(id: a.id))
        #expect(restored.name == a.name && restored.type == a.type && restored.aliases == a.aliases)
        #expect(restored.mentionCount == a.mentionCount)
        #expect(store.snapshot.corpus.entity(id: newID) == nil)
        #expect(store.snapshot.corpus.entities.count == SeedAPI.store.snapshot.corpus.entities.count)
    }

    @Test(arguments: [
        ("merge", #"{"into": "SELF"}"#, "application/json", 400),
        ("merge", #"{"into": "per-nobody"}"#, "application/json", 400),
        ("merge", #"{}"#, "application/json", 400),
        ("rename", #"{"name": "   "}"#, "application/json", 400),
        ("rename", #"{"name": 5}"#, "application/json", 400),
        ("rename", #"[]"#, "application/json", 400),
        ("rename", #"{not json"#, "application/json", 400),
        ("rename", #"{"name": "x"}"#, "text/plain", 415),
        ("retype", #"{"type": "event"}"#, "application/json", 400),
        ("split", #"{"mentions": []}"#, "application/json", 400),
        ("split", #"{"mentions": [{"articleId": "nope", "start": 0, "end": 1}]}"#, "application/json", 400),
        ("split", #"{"mentions": [{"articleId": "nope", "start": 1.5, "end": true}]}"#, "application/json", 400),
    ] as [(String, String, String, Int)])
    func badCorrectionsAreRefusedAndNothingStored(action: String, body: String, contentType: String, status: Int) throws {
        let journal = WriteAPITests.Recorder()
        let (router, _) = try service(journal: journal)
        let (a, _) = topTwo
        let response = writes.send(router, .post, "/api/entities/\(a.id)/\(action)",
                                   body: body.replacingOccurrences(of: "SELF", with: a.id), contentType: contentType)
        #expect(Int(response.status.code) == status)
        #expect(response.headerFields[.contentType]?.hasPrefix("application/problem+json") == true)
        #expect(journal.changes.isEmpty)
    }

    @Test func unknownEntitiesAndCorrectionsAre404AndWritesNeedTheToken() throws {
        let (router, _) = try service()
        let (a, _) = topTwo
        #expect(writes.send(router, .post, "/api/entities/per-nobody/hide").status == .notFound)
        #expect(writes.send(router, .post, "/api/entities/\(a.id)/hide", token: nil).status == .unauthorized)
        #expect(writes.send(router, .delete, "/api/corrections/c-nope").status == .notFound)
        #expect(get(router, "/api/corrections/c-nope").status == .notFound)
        let (readOnly, _) = try service(access: WriteAccess(token: nil))
        #expect(writes.send(readOnly, .post, "/api/entities/\(a.id)/hide").status == .forbidden)
    }

    @Test func theTokenLabelIsWho() throws {
        #expect(WriteAccess.labelledTokens("alice=t1, bob=t2") == ["alice": "t1", "bob": "t2"])
        let (router, _) = try service(access: WriteAccess(token: nil, labelled: WriteAccess.labelledTokens("alice=t1,bob=t2")))
        let (a, _) = topTwo
        let response = writes.send(router, .post, "/api/entities/\(a.id)/hide", token: "t2")
        #expect(json(response)["who"] as? String == "bob")
    }

    @Test func aCorrectionWhoseEntityIsGoneIsKeptAndMarkedNotApplied() throws {
        let seeds = SeedAPI.store.snapshot.corpus
        let ghost = EntityKey(id: "per-0000000000000000", name: "لا أحد", type: .person)
        let entry = CorrectionEntry(correction: EntityCorrection(id: "c-1", who: "editor", when: "2026-01-01T00:00:00Z", action: .hide(ghost)))
        let corpus = Corpus(articles: seeds.articles, analyses: seeds.analyses, corrections: [entry])
        #expect(corpus.entities.count == seeds.entities.count)
        #expect(corpus.corrections.first?.applied == false)
        #expect(corpus.corrections.first?.note?.contains("no longer exists") == true)
    }

    @Test func aCorrectionFindsItsEntityByNameWhenTheIdChanged() throws {
        let seeds = SeedAPI.store.snapshot.corpus
        let (a, _) = topTwo
        let moved = EntityKey(id: "per-ffffffffffffffff", name: a.name, type: a.type)
        let entry = CorrectionEntry(correction: EntityCorrection(id: "c-2", who: "editor", when: "2026-01-01T00:00:00Z", action: .hide(moved)))
        let corpus = Corpus(articles: seeds.articles, analyses: seeds.analyses, corrections: [entry])
        #expect(corpus.entity(id: a.id) == nil)
        #expect(corpus.corrections.first?.applied == true)
    }
}

import Foundation
import NewsAPI
import NewsCorpus
import SearchIndex
import Testing

/// A write's snapshot indexes only its articles (a segment beside the base); merging publishes
/// one base over everything, with the same answers, and rebases writes made meanwhile.
struct SnapshotMergeTests {
    static let seeds = SeedAPI.store.snapshot.corpus

    static func upsert(_ id: String, _ text: String) -> ArticleChange {
        .upsert(SubmittedArticle(id: id, title: "خبر \(id)", text: text))
    }

    static func write(_ changes: [ArticleChange], to store: SnapshotStore) {
        store.update { current in (Snapshot(corpus: current.corpus.applying(changes), previous: current), ()) }
    }

    static func answers(_ snapshot: Snapshot, _ q: String) throws -> [String] {
        let results = snapshot.index.search(try SearchQuery(parsing: q), limit: 50)
        return ["\(results.total)"] + results.hits.map { "\($0.id) \($0.score)" }
    }

    @Test func aWriteIndexesASegmentAndAMergeMakesTheIndexWhole() throws {
        let store = SnapshotStore(Snapshot(corpus: Self.seeds), mergesInBackground: false)
        Self.write([Self.upsert("a-1", "وصل وزير الخارجية إلى بنغازي يوم الأحد لبحث الأوضاع في ليبيا.")], to: store)
        let written = store.snapshot
        #expect(!written.index.isWhole)
        #expect(written.index.segmentCount == 1)
        #expect(written.index.documentCount == Self.seeds.articles.count + 1)
        let before = try ["بنغازي", "ليبيا", "وزير الخارجية"].map { try Self.answers(written, $0) }
        #expect(before[0].contains { $0.hasPrefix("a-1 ") })

        store.mergeNow()
        let merged = store.snapshot
        #expect(merged.index.isWhole)
        #expect(merged.corpus.articles.map(\.id) == written.corpus.articles.map(\.id))
        #expect(try ["بنغازي", "ليبيا", "وزير الخارجية"].map { try Self.answers(merged, $0) } == before)
        #expect(merged.encodedBodyCount > 0)
    }

    @Test func aDeleteMasksTheBaseDocument() throws {
        let store = SnapshotStore(Snapshot(corpus: Self.seeds), mergesInBackground: false)
        let gone = Self.seeds.articles[0].id
        Self.write([.delete(id: gone)], to: store)
        let snapshot = store.snapshot
        #expect(!snapshot.index.isWhole)
        #expect(snapshot.index.documentCount == Self.seeds.articles.count - 1)
        let fresh = Snapshot(corpus: snapshot.corpus)
        for q in ["بنغازي", "ليبيا", "الحكومة", "\"الأمم المتحدة\""] {
            #expect(try Self.answers(snapshot, q) == Self.answers(fresh, q), "\(q)")
            #expect(snapshot.index.search(try SearchQuery(parsing: q), limit: 50).hits.allSatisfy { $0.id != gone })
        }
    }
}

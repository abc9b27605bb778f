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

    /// Sort by date and the exact facets (issue 23) read every match: with a segment they must
    /// give what a whole index gives (the segment path had neither when the branches met).
    @Test func dateOrderAndAllMatchesAreTheSameWithASegment() throws {
        let store = SnapshotStore(Snapshot(corpus: Self.seeds), mergesInBackground: false)
        Self.write([.upsert(SubmittedArticle(id: "a-2", title: "خبر", text: "وصل وفد إلى بنغازي لبحث الأوضاع في ليبيا.",
                                             published: "2030-01-02"))], to: store)
        let written = store.snapshot
        #expect(!written.index.isWhole)
        let fresh = Snapshot(corpus: written.corpus)
        let newest: (Int) -> Int = { position in
            written.corpus.articles[position].published.map { Int($0.description.filter(\.isNumber).prefix(8)) ?? 0 } ?? -1
        }
        for q in ["بنغازي", "ليبيا"] {
            let query = try SearchQuery(parsing: q)
            let a = written.index.search(query, limit: 50, orderedBy: newest)
            let b = fresh.index.search(query, limit: 50, orderedBy: newest)
            #expect(a.hits.map(\.id) == b.hits.map(\.id), "\(q)")
            #expect(a.hits.first?.id == "a-2")
            #expect(a.total == b.total)
            var left: [Int] = [], right: [Int] = []
            a.matches.forEach { left.append($0) }
            b.matches.forEach { right.append($0) }
            #expect(left == right && left.count == a.total, "\(q)")
        }
    }
}

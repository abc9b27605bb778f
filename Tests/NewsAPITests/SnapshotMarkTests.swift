import Foundation
import NewsAPI
import NewsCorpus
import Testing

/// A background task's mark of the last snapshot it looked at keeps no snapshot alive: the one a
/// write replaces is freed once the store lets go of it.
struct SnapshotMarkTests {
    @Test func aMarkTellsItsSnapshotApart() {
        let corpus = SnapshotMergeTests.seeds
        let a = Snapshot(corpus: corpus), b = Snapshot(corpus: corpus)
        #expect(SnapshotMark(a).isOf(a))
        #expect(!SnapshotMark(a).isOf(b))
        #expect(!SnapshotMark().isOf(a))
    }

    @Test func aMarkedSnapshotReplacedByAWriteIsFreed() async throws {
        let store = SnapshotStore(Snapshot(corpus: SnapshotMergeTests.seeds), mergesInBackground: false)
        weak var old: Snapshot?
        var mark = SnapshotMark()
        do {
            let first = store.snapshot
            old = first
            mark = SnapshotMark(first)
        }
        SnapshotMergeTests.write([SnapshotMergeTests.upsert("m-1", "وصل وزير الخارجية إلى بنغازي يوم الأحد.")], to: store)
        // The store drops the replaced snapshot on a background queue.
        for _ in 0..<200 where old != nil { try await Task.sleep(for: .milliseconds(10)) }
        #expect(old == nil)
        #expect(!mark.isOf(store.snapshot))
    }
}

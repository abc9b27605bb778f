import ArabicText
import NewsCorpus
import Testing
@testable import NewsAPI

/// A write's snapshot builds the unfiltered `/api/timeline/counts` bodies from the corpus's
/// tally (`TimelineTally`, updated with the write's own events): the same bytes as counting
/// every event, after additions (the incremental path), a replacement and a deletion.
struct TimelineTallyTests {
    static let texts = [
        "وصل وزير الخارجية جون كيري إلى الرياض يوم 3 مارس 2015 لبحث الأوضاع في اليمن.",
        "استقبل الملك سلمان في الرياض يوم 3 مارس 2015 وزير الخارجية الأمريكي جون كيري.",
        "أعلنت وزارة الداخلية في جدة عام 2014 القبض على خلية إرهابية.",
        "قال عادل الجبير في مارس 2015 إن المملكة تدعم الحل السياسي في اليمن.",
        "زار بان كي مون القاهرة في التسعينيات ثم عاد إليها يوم 20 يوليو 2015.",
    ]

    static func expectSameCounts(_ snapshot: Snapshot, _ context: String) {
        let all = Array(snapshot.corpus.events.indices)
        for level in [TimelineBuckets.Level.year, .month] {
            let expected = TimelineController.countsBody(all, range: .all, level: level, in: snapshot.corpus)
            let kept = snapshot.firstPages.timelineCounts(level).map { String(decoding: $0, as: UTF8.self) }
            #expect(kept == String(decoding: expected, as: UTF8.self), "\(context) \(level)")
        }
    }

    @Test func aWritesCountsEqualCountingEveryEvent() {
        var snapshot = Snapshot(corpus: SnapshotMergeTests.seeds)
        Self.expectSameCounts(snapshot, "seeds")
        for (i, text) in Self.texts.enumerated() {
            let corpus = snapshot.corpus.applying([SnapshotMergeTests.upsert("t-\(i)", text)])
            snapshot = Snapshot(corpus: corpus, previous: snapshot)
            Self.expectSameCounts(snapshot, "write \(i)")
        }
        snapshot = Snapshot(corpus: snapshot.corpus.applying([SnapshotMergeTests.upsert("t-1", Self.texts[4])]), previous: snapshot)
        Self.expectSameCounts(snapshot, "replacement")
        snapshot = Snapshot(corpus: snapshot.corpus.applying([.delete(id: "t-0")]), previous: snapshot)
        Self.expectSameCounts(snapshot, "deletion")
    }
}

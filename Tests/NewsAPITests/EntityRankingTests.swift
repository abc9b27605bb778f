import NewsCorpus
import Testing
@testable import NewsAPI

/// A write's snapshot ranks its entities by merging the touched and new ones into the previous
/// ranking: the same order as sorting them all (`EntitiesController.ranked`), ties included.
struct EntityRankingTests {
    static let texts = [
        "وصل وزير الخارجية جون كيري إلى الرياض يوم الأحد لبحث الأوضاع في اليمن مع عادل الجبير.",
        "استقبل الملك سلمان بن عبد العزيز في الرياض وزير الخارجية الأمريكي جون كيري.",
        "أعلنت وزارة الداخلية في جدة القبض على خلية إرهابية تابعة لتنظيم داعش.",
        "قال عادل الجبير إن المملكة تدعم الحل السياسي في اليمن وسوريا.",
        "زار الأمين العام للأمم المتحدة بان كي مون القاهرة والتقى الرئيس عبد الفتاح السيسي.",
        "ناقش مجلس الأمن في نيويورك الوضع في سوريا بحضور مندوب روسيا.",
        // As many mentions as عادل الجبير, in fewer articles, and a name that sorts first.
        "قال أحمد أبو الغيط في القاهرة إن الجامعة العربية تدعم الحل، وأضاف أحمد أبو الغيط أن الاجتماع القادم في تونس.",
    ]

    @Test func aWritesRankingEqualsSortingAll() {
        var snapshot = Snapshot(corpus: SnapshotMergeTests.seeds)
        var merged = 0
        for (i, text) in Self.texts.enumerated() {
            let corpus = snapshot.corpus.applying([SnapshotMergeTests.upsert("r-\(i)", text)])
            if EntityRanking.updated(snapshot.rankedEntities, from: snapshot.corpus, to: corpus) != nil { merged += 1 }
            snapshot = Snapshot(corpus: corpus, previous: snapshot)
            let sorted = EntitiesController.ranked(Array(corpus.entities.indices), in: corpus)
            #expect(snapshot.rankedEntities.map(Int.init) == sorted, "write \(i)")
        }
        #expect(merged == Self.texts.count)
        // A write that is not an addition (a deletion moves positions) sorts again.
        let deleted = snapshot.corpus.applying([.delete(id: "r-0")])
        let after = Snapshot(corpus: deleted, previous: snapshot)
        #expect(after.rankedEntities.map(Int.init) == EntitiesController.ranked(Array(deleted.entities.indices), in: deleted))
    }
}

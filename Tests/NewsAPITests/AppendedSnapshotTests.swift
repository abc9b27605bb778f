import NewsCorpus
import SearchIndex
import Testing
@testable import NewsAPI

/// A write that only adds articles builds its snapshot from the previous one's tables (the
/// index's segment, the date tables, the list order) with the new articles added; they must
/// equal the tables built from the whole corpus.
struct AppendedSnapshotTests {
    static let texts = [
        "وصل وزير الخارجية إلى بنغازي يوم 3 مارس 2015 لبحث الأوضاع في ليبيا.",
        "قال المتحدث إن الاجتماع المقبل سيعقد في الرياض في عام 2016.",
        "أعلنت الوزارة عن خطة جديدة دون ذكر موعد.",
        "شهد عام 1990 وعقد التسعينيات أحداثا كبيرة في المنطقة، وفي 12 يناير 2012 بدأت المحادثات.",
        "التقى الرئيس نظيره في القاهرة يوم 3 مارس 2015، وعاد يوم 4 مارس 2015.",
        "بين عامي 1900 و2020 تغيرت المدينة كثيرا، كما قال المؤرخ في 5 مايو 2020.",
    ]
    static let published: [String?] = ["2015-03-03", nil, "2015-03", "2012", "2015-03-03", "2020-05-05"]

    static func change(_ i: Int, batch: Int) -> ArticleChange {
        .upsert(SubmittedArticle(id: "p\(batch)-\(i)", title: "خبر \(batch) \(i)", text: texts[i % texts.count],
                                 published: published[(i + batch) % published.count]))
    }

    @Test func appendedTablesEqualTablesOfTheWholeCorpus() throws {
        var snapshot = Snapshot(corpus: SnapshotMergeTests.seeds)
        var appended = 0
        for batch in 0..<8 {
            let changes = (0..<(1 + batch % 3)).map { Self.change($0 + batch, batch: batch) }
            let corpus = snapshot.corpus.applying(changes)
            if corpus.isAppended(to: snapshot.corpus) { appended += 1 }
            let next = Snapshot(corpus: corpus, previous: snapshot)
            let whole = Snapshot(corpus: corpus)
            #expect(next.searchDates == whole.searchDates, "batch \(batch)")
            #expect(next.publishedDates == whole.publishedDates, "batch \(batch)")
            #expect(next.articleOrder == whole.articleOrder, "batch \(batch)")
            #expect(next.index.documents.map(\.id) == corpus.articles.map(\.id))
            for q in ["بنغازي", "الرياض", "المحادثات التسعينيات", "خبر"] {
                #expect(try SnapshotMergeTests.answers(next, q) == SnapshotMergeTests.answers(whole, q), "\(q), batch \(batch)")
            }
            snapshot = next
        }
        #expect(appended == 8)
        // A deletion is no addition: the tables are built again, and still equal.
        let deleted = snapshot.corpus.applying([.delete(id: "p0-0")])
        #expect(!deleted.isAppended(to: snapshot.corpus))
        let after = Snapshot(corpus: deleted, previous: snapshot)
        #expect(after.searchDates == Snapshot(corpus: deleted).searchDates)
        #expect(after.articleOrder == Snapshot(corpus: deleted).articleOrder)
    }

    /// The index's appending equals `updated(to:)` with every document, including when the
    /// segment outgrows its limit (everything indexed again).
    @Test func indexAppendingEqualsUpdating() throws {
        let documents = SnapshotMergeTests.seeds.articles.map { IndexedDocument(id: $0.id, title: $0.title, text: $0.text) }
        var index = LiveIndex(documents: documents)
        var all = documents
        for step in 0..<5 {
            let added = (0..<2).map { IndexedDocument(id: "d\(step)-\($0)", title: "عنوان", text: Self.texts[(step + $0) % Self.texts.count]) }
            all += added
            let appended = index.appending(added, segmentLimit: 6)
            let updated = index.updated(to: all, segmentLimit: 6)
            #expect(appended.documents.map(\.id) == all.map(\.id))
            #expect(appended.segmentCount == updated.segmentCount)
            for q in ["بنغازي", "الرياض", "عنوان", "المحادثات"] {
                let a = appended.search(try SearchQuery(parsing: q), limit: 20)
                let u = updated.search(try SearchQuery(parsing: q), limit: 20)
                #expect(a.total == u.total && a.hits.map(\.id) == u.hits.map(\.id) && a.hits.map(\.score) == u.hits.map(\.score), "\(q) step \(step)")
            }
            index = appended
        }
    }
}

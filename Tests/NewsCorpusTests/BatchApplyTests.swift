import Foundation
import Testing
@testable import NewsCorpus

/// A batch of changes (a bulk import, a journal replay) gives the corpus that applying the
/// changes one at a time gives, and a batch journal append reads back whole.
@Suite struct BatchApplyTests {
    static let base = Corpus(articles: [
        Article(id: "c-1", cleaned: ArticleCleaner.clean("عنوان\n\nزار الرئيس المصري القاهرة يوم 3 مارس 2021.")),
        Article(id: "c-2", cleaned: ArticleCleaner.clean("عنوان آخر\n\nافتتح الوزير المعرض في جدة.")),
    ])

    static let changes: [ArticleChange] = [
        .upsert(SubmittedArticle(id: "a-1", title: "أول", text: "قال وزير الخارجية إن المحادثات مستمرة.")),
        .upsert(SubmittedArticle(id: "a-2", title: nil, text: "اجتمع المجلس في الرياض.", url: "https://example.org/2")),
        .delete(id: "c-1"),
        .upsert(SubmittedArticle(id: "a-1", title: "أول معدل", text: "قال وزير الخارجية إن المحادثات انتهت.")),
        .delete(id: "a-2"),
        .upsert(SubmittedArticle(id: "a-2", title: "ثان", text: "عاد المجلس إلى الرياض.")),
        .upsert(SubmittedArticle(id: "c-1", title: "عاد", text: "نص جديد للمقال المحذوف.")),
    ]

    @Test func aBatchEqualsOneChangeAtATime() {
        let batched = Self.base.applying(Self.changes)
        var stepwise = Self.base
        for change in Self.changes { stepwise = stepwise.applying([change]) }
        #expect(batched.articles.map(\.id) == stepwise.articles.map(\.id))
        #expect(batched.articles.map(\.id) == ["c-2", "a-1", "a-2", "c-1"])
        #expect(batched.articles.map(\.text) == stepwise.articles.map(\.text))
        #expect(batched.entities.map(\.id) == stepwise.entities.map(\.id))
        #expect(batched.events.count == stepwise.events.count)
        #expect(batched.article(id: "a-1")?.title == "أول معدل")
        #expect(batched.articlePosition(url: "https://example.org/2") == nil)
    }

    @Test func aBatchAppendReadsBackWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-batch-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try JournalStore(folder: dir)
        try store.append(contentsOf: Array(Self.changes.prefix(3)))
        try store.append(contentsOf: Array(Self.changes.dropFirst(3)))
        let (loaded, warnings) = try JournalStore(folder: dir).load()
        #expect(warnings.isEmpty)
        #expect(loaded == Self.changes)
        // A journal written before titles were optional still reads.
        #expect(try JSONDecoder().decode(ArticleChange.self, from: Data(#"{"upsert":{"_0":{"id":"x","title":"t","text":"n"}}}"#.utf8))
                == .upsert(SubmittedArticle(id: "x", title: "t", text: "n")))
    }
}

import Testing
@testable import SearchIndex

/// Ranking, filtering, paging and snippets over a small synthetic corpus.
struct SearchIndexBehaviourTests {
    static let index = InvertedIndex(documents: [
        IndexedDocument(id: "a", title: "اجتماع في طرابلس", text: "عقد الوزراء اجتماعا في طرابلس. وناقشوا الوضع في بنغازي."),
        IndexedDocument(id: "b", title: "بنغازي اليوم", text: "تشهد بنغازي هدوءا حذرا. وقال مسؤول إن بنغازي آمنة."),
        IndexedDocument(id: "c", title: "تقرير", text: "زار الوفد لبنغازي الأسبوع الماضي وعاد إلى طرابلس."),
        IndexedDocument(id: "d", title: "أخبار", text: "لا شيء عن المدينة هنا سوى الطقس والأسعار."),
    ])

    static func ids(_ query: String, allowed: Set<Int>? = nil) throws -> [String] {
        index.search(try SearchQuery(parsing: query), allowed: allowed).hits.map(\.id)
    }

    @Test func titleAndFrequencyRankFirst() throws {
        #expect(try Self.ids("بنغازي").first == "b")
    }

    @Test func exactFormBeatsCliticForm() throws {
        let ids = try Self.ids("بنغازي")
        #expect(Set(ids) == ["a", "b", "c"])
        #expect(ids.last == "c")
    }

    @Test(arguments: [
        ("طرابلس بنغازي", ["a", "b", "c"].filter { $0 != "b" }),
        ("طرابلس -لبنغازي", []),
        ("الطقس OR هدوءا", ["b", "d"]),
        ("\"الوضع في بنغازي\"", ["a"]),
        ("\"بنغازي الوضع\"", []),
    ])
    func operators(_ query: String, _ expected: [String]) throws {
        #expect(Set(try Self.ids(query)) == Set(expected))
    }

    @Test func pagination() throws {
        let q = try SearchQuery(parsing: "بنغازي")
        let all = Self.index.search(q)
        let page = Self.index.search(q, limit: 1, offset: 1)
        #expect(page.total == 3)
        #expect(page.hits.map(\.document) == [all.matchingDocuments[1]])
        #expect(Self.index.search(q, limit: 5, offset: 10).hits.isEmpty)
    }

    @Test func filterByAllowedPositions() throws {
        #expect(try Self.ids("بنغازي", allowed: [0, 3]) == ["a"])
    }

    @Test func snippetHighlightsTheCliticWord() throws {
        let hit = try #require(Self.index.search(try SearchQuery(parsing: "بنغازي"), allowed: [2]).hits.first)
        let snippet = try #require(hit.snippets.first)
        let scalars = Array(snippet.text.unicodeScalars)
        let h = try #require(snippet.highlights.first)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[h.start..<h.end])
        #expect(String(view) == "لبنغازي")
    }

    @Test func longSentencesAreCutAroundTheMatch() throws {
        let filler = Array(repeating: "كلمة", count: 120).joined(separator: " ")
        let index = InvertedIndex(documents: [IndexedDocument(id: "x", title: "t", text: filler + " مصراتة " + filler)])
        let hit = try #require(index.search(try SearchQuery(parsing: "مصراتة")).hits.first)
        let snippet = try #require(hit.snippets.first)
        #expect(snippet.text.unicodeScalars.count <= 260)
        #expect(snippet.highlights.count == 1)
    }

    @Test func emptyIndexAnswersNothing() throws {
        let results = InvertedIndex(documents: []).search(try SearchQuery(parsing: "ليبيا"))
        #expect(results.total == 0 && results.hits.isEmpty && results.suggestion == nil)
    }
}

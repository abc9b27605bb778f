import ArabicText
import Foundation
import HTTPCore
import NewsAPI
import NewsCorpus
import Testing

/// A given name alone (`محمد` with no fuller name in its article) is one person of that article:
/// the entity lists show each article's `محمد` apart, marked `"local": true` so that a reader (and
/// the UI) can tell it from a person the whole corpus knows.
@Suite struct LocalNameAPITests {
    static func article(_ id: String, _ body: String) -> Article {
        Article(id: id, cleaned: ArticleCleaner.clean(body, providedTitle: "خبر \(id)", takesHeading: false),
                metadata: ArticleMetadata(title: "خبر \(id)"))
    }

    @Test func eachArticlesLoneGivenNameIsItsOwnMarkedEntity() throws {
        let corpus = Corpus(articles: [
            Self.article("a1", "وقال محمد إن الاجتماع في الرياض كان مثمرا."),
            Self.article("a2", "وأضاف محمد أن الأسعار ارتفعت في جدة هذا الأسبوع."),
            Self.article("a3", "وقال وزير الخارجية عادل الجبير إن المحادثات مستمرة."),
        ])
        let router = try NewsService(store: SnapshotStore(Snapshot(corpus: corpus))).router()
        let response = router.respond(to: Request(method: .get, target: "/api/entities?type=person", path: "/api/entities",
                                                  query: QueryParameters([.init(name: "type", value: "person")])))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        let lone = items.filter { $0["name"] as? String == "محمد" }
        #expect(lone.count == 2 && lone.allSatisfy { $0["local"] as? Bool == true && $0["articleCount"] as? Int == 1 }, "\(items)")
        #expect(Set(lone.compactMap { $0["id"] as? String }).count == 2)
        let minister = items.first { $0["name"] as? String == "عادل الجبير" }
        #expect(minister != nil && minister?["local"] == nil, "\(items)")

        // The article's own entity list and the search facets say it too.
        let article = try #require(try JSONSerialization.jsonObject(with: Data(router.respond(to: Request(
            method: .get, target: "/api/articles/a1", path: "/api/articles/a1", query: QueryParameters([]))).body)) as? [String: Any])
        let own = try #require(article["entities"] as? [[String: Any]])
        #expect(own.contains { $0["name"] as? String == "محمد" && $0["local"] as? Bool == true }, "\(own)")
        let search = try #require(try JSONSerialization.jsonObject(with: Data(router.respond(to: Request(
            method: .get, target: "/api/search?q=%D9%85%D8%AD%D9%85%D8%AF", path: "/api/search",
            query: QueryParameters([.init(name: "q", value: "محمد")]))).body)) as? [String: Any])
        let facets = try #require((search["facets"] as? [String: Any])?["entities"] as? [[String: Any]])
        #expect(facets.contains { $0["name"] as? String == "محمد" && $0["local"] as? Bool == true }, "\(facets)")
    }
}

import Foundation
import Testing
import NewsCorpus
@testable import NewsAPI

/// The home page's article list: excerpts that start at the news, not at a byline or a pager's
/// «Next Previous»; newest first.
@Suite struct ArticleListOrderTests {
    static func article(_ raw: String) -> Article {
        Article(id: "x", cleaned: ArticleCleaner.clean(raw, providedTitle: "عنوان الخبر"))
    }

    static let news = "أعلنت الوزارة اليوم عن خطة جديدة لتطوير الطرق في المدينة."

    @Test(arguments: [
        "سعاد الصباح – صحيفة المثال\n\(news)\nفقرة ثانية.",
        "صحيفة المثال – جدة\n\(news)",
        "Next Previous\n\(news)",
        "Next Previous صحيفة المثال – الرياض\n\(news)",
        "Next Previous \(news)",
        "بقلم: سعاد الصباح\nصحيفة المثال – جدة\n\(news)",
        news,
    ])
    func theExcerptSkipsBylinesAndPagerWords(raw: String) {
        let article = Self.article(raw)
        #expect(ArticleJSON.excerpt(of: article.lead) == Self.news, "\(article.text)")
    }

    @Test func aBodyOfBylinesOnlyKeepsItsText() {
        let article = Self.article("سعاد الصباح – صحيفة المثال")
        #expect(ArticleJSON.excerpt(of: article.lead) == "سعاد الصباح – صحيفة المثال")
    }

    @Test func newestFirstThenUndatedThenById() throws {
        func article(_ id: String, _ published: String?) throws -> Article {
            let json = published.map { #"{"published": "\#($0)"}"# } ?? "{}"
            return Article(id: id, cleaned: ArticleCleaner.clean(Self.news, providedTitle: id),
                           metadata: try ArticleMetadata(json: Data(json.utf8)))
        }
        let corpus = Corpus(articles: [
            try article("a", "2015-07-01"), try article("b", nil), try article("c", "2015-08-30"),
            try article("d", "2015-08"), try article("e", "2015-08-30"),
        ])
        #expect(ArticleOrder(corpus: corpus).newest.map { corpus.articles[Int($0)].id } == ["c", "e", "d", "a", "b"])
    }

    @Test func theListIsNewestFirstUnlessSortedById() {
        let newest = SeedAPI.get("/api/articles?limit=100").json.object["items"] as? [[String: Any]] ?? []
        let dates = newest.map { $0["published"] as? String ?? "" }
        #expect(dates == dates.sorted(by: >), "\(dates)")
        #expect(newest.count == 5)
        let byId = (SeedAPI.get("/api/articles?limit=100&sort=id").json.object["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(byId == byId.sorted())
        #expect(Set(byId) == Set(newest.compactMap { $0["id"] as? String }))
        #expect(SeedAPI.get("/api/articles?sort=oldest").status == 400)
    }
}

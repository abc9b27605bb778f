import Testing
@testable import NewsCorpus

/// The analysis key is taken from the text's digest kept in the article (no decode); it must
/// stay the digest of the text, title and date that cache files already written hold.
@Suite struct AnalysisKeyTests {
    static func keyAsWritten(_ article: Article) -> AnalysisKey? {
        guard let published = article.published, !article.publishedEstimated else { return nil }
        var digest = Digest128()
        digest.add(article.text)
        digest.add(article.title)
        digest.add(published.description)
        digest.add(published.precision.rawValue)
        return digest.key
    }

    @Test func theKeyIsTheDigestOfTheTextTitleAndDate() throws {
        let articles = AnalysisCacheTests.fresh.articles
        #expect(articles.count > 3)
        for article in articles {
            let key = try #require(AnalysisKey(article: article))
            #expect(key == Self.keyAsWritten(article), "\(article.id)")
            // A copy under another id keeps its text's digest.
            #expect(AnalysisKey(article: article.withID("copy")) == key)
        }
        #expect(Set(articles.compactMap { AnalysisKey(article: $0) }).count == articles.count)
    }
}

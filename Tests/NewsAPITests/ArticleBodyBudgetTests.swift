import Foundation
import NewsAPI
import NewsCorpus
import Testing

@Suite struct ArticleBodyBudgetTests {
    static let corpus: Corpus = {
        let loaded = try! CorpusLoader.load(directory: SeedAPI.root.appendingPathComponent("seeds").path)
        return Corpus(articles: loaded.articles)
    }()

    @Test func bodiesWithinTheBudgetAreKeptAndTheOthersEncodedTheSame() {
        let all = Snapshot(corpus: Self.corpus)
        #expect(all.encodedBodyCount == Self.corpus.articles.count)
        let first = all.articleBody(at: 0).count
        let some = Snapshot(corpus: Self.corpus, bodyBudget: first)
        #expect(some.encodedBodyCount == 1)
        let none = Snapshot(corpus: Self.corpus, bodyBudget: 0)
        #expect(none.encodedBodyCount == 0)
        for position in Self.corpus.articles.indices {
            #expect(none.articleBody(at: position) == all.articleBody(at: position))
            #expect(some.articleBody(at: position) == all.articleBody(at: position))
        }
    }

    @Test func largeCorporaKeepASmallerBudget() {
        #expect(Snapshot.bodyBudget(articleCount: Self.corpus.articles.count) == Snapshot.encodedBodyBudget)
        #expect(Snapshot.bodyBudget(articleCount: Snapshot.largeCorpus) == Snapshot.encodedBodyBudget)
        #expect(Snapshot.bodyBudget(articleCount: Snapshot.largeCorpus + 1) == Snapshot.largeCorpusBodyBudget)
        #expect(Snapshot.largeCorpusBodyBudget < Snapshot.encodedBodyBudget)
    }
}

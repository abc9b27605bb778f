import ArabicText
import Testing
@testable import NewsCorpus

/// A given name alone (`EntityMention.isLocal`) is one person of its article: the corpus gives
/// each article's `محمد` its own entity, with an id made from the article's id (stable however the
/// corpus is ordered or grown), and appending equals building again.
@Suite struct LocalNameCorpusTests {
    static func article(_ id: String, localName: Bool) -> (Article, ArticleAnalysis) {
        var (article, analysis) = IncrementalCorpusTests.analysed(
            id, "وقال محمد إن الاجتماع في الرياض كان مثمرا.", [("محمد", .person, nil), ("الرياض", .location, nil)])
        analysis.entityMentions[0].isLocal = localName
        return (article, analysis)
    }

    @Test func eachArticlesGivenNameAloneIsItsOwnPerson() throws {
        let items = ["a", "b", "c"].map { Self.article($0, localName: true) }
        let corpus = Corpus(articles: items.map(\.0), analyses: items.map(\.1))
        let people = corpus.entities.filter { $0.type == .person }
        #expect(people.count == 3 && people.allSatisfy { $0.name == "محمد" && $0.mentions.count == 1 })
        #expect(Set(people.map(\.id)).count == 3)
        #expect(corpus.entities.filter { $0.type == .location }.count == 1)
        // The same article's person keeps its id in another corpus, in another order.
        let other = Corpus(articles: [items[2].0, Self.article("z", localName: true).0],
                           analyses: [items[2].1, Self.article("z", localName: true).1])
        let idOfC = { (c: Corpus) in c.entities.first { $0.type == .person && c.articles[Int($0.mentions[0].article)].id == "c" }?.id }
        #expect(idOfC(other) != nil && idOfC(other) == idOfC(corpus))
        // Appended one by one: the same tables as built at once.
        var grown = Corpus(articles: [items[0].0], analyses: [items[0].1])
        for item in items.dropFirst() { grown = try #require(grown.appending([item.0], analyses: [item.1])) }
        IncrementalCorpusTests.expectSame(grown, corpus, "local names appended")
    }

    @Test func withoutTheMarkTheNameIsOnePersonAcrossArticles() {
        let items = ["a", "b"].map { Self.article($0, localName: false) }
        let corpus = Corpus(articles: items.map(\.0), analyses: items.map(\.1))
        #expect(corpus.entities.filter { $0.type == .person }.count == 1)
    }
}

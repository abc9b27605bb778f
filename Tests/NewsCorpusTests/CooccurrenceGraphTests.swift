import Testing
@testable import NewsCorpus

/// The graph's edge weights are the same whichever way they are counted: from `related` (the
/// whole corpus), by merging sentence lists, or by grouping sentences.
struct CooccurrenceGraphTests {
    static let corpus = Corpus(articles: [
        "زار محمد بن سلمان الرياض أمس. والتقى محمد بن سلمان وعادل الجبير في جدة.",
        "قال عادل الجبير إن الرياض ترحب. وأضاف أن محمد بن سلمان سيزور القاهرة.",
        "استقبل عبد الفتاح السيسي في القاهرة عادل الجبير. ثم غادر الجبير إلى الرياض.",
    ].enumerated().map { i, text in Article(id: "c\(i)", cleaned: ArticleCleaner.clean("عنوان \(i)\n\n" + text)) })

    @Test func everyCountingAgrees() throws {
        let corpus = Self.corpus
        let whole = CooccurrenceGraph(corpus: corpus, limit: nil)
        #expect(whole.nodes.count == corpus.entities.count)
        #expect(!whole.edges.isEmpty)
        let nodes = whole.nodes.map(\.entity)
        let merged = CooccurrenceGraph.edges(of: nodes, in: corpus, articles: { _ in true })
        let grouped = CooccurrenceGraph.edges(of: nodes, in: corpus, articles: { _ in true }, mergeLimit: 0)
        #expect(merged == whole.edges)
        #expect(grouped == whole.edges)
        // One article only: weights count its sentences alone.
        let first = CooccurrenceGraph(corpus: corpus, limit: nil, articles: { $0 == 0 })
        #expect(first.nodes.allSatisfy { node in corpus.entities[node.entity].mentions.contains { $0.article == 0 } })
        #expect(first.edges.reduce(0) { $0 + $1.weight } < whole.edges.reduce(0) { $0 + $1.weight })
    }
}

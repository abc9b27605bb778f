import NewsCorpus
import SearchIndex

/// Everything one version of the corpus serves: the corpus, its search index, and article
/// bodies encoded once. Immutable; readers hold it for a request while writers build the next.
public final class Snapshot: Sendable {
    public let corpus: Corpus
    public let index: InvertedIndex
    /// Encoded `GET /api/articles/{id}` bodies (parallel to `corpus.articles`), kept while the
    /// corpus is small enough that this costs little memory; otherwise encoded per request.
    private let articleBodies: [[UInt8]]?
    /// Corpora up to this much text keep their article bodies encoded.
    public static let encodedBodyBudget = 64 << 20

    /// The unfiltered first pages of the entity list and the timeline, encoded.
    let firstPages: FirstPages
    /// Per-article event dates for the search's `from`/`to` filter.
    let searchDates: SearchDates

    /// Builds the index and the encoded bodies for `corpus`.
    public init(corpus: Corpus) {
        self.corpus = corpus
        self.index = InvertedIndex(documents: corpus.articles.map {
            IndexedDocument(id: $0.id, title: $0.title, text: $0.text)
        })
        firstPages = FirstPages(corpus: corpus)
        searchDates = SearchDates(corpus: corpus)
        let textBytes = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
        if textBytes <= Snapshot.encodedBodyBudget / 4 {
            articleBodies = corpus.articles.indices.map { ArticleJSON.detail(of: $0, in: corpus) }
        } else {
            articleBodies = nil
        }
    }

    /// The encoded detail body of the article at `position`.
    public func articleBody(at position: Int) -> [UInt8] {
        articleBodies?[position] ?? ArticleJSON.detail(of: position, in: corpus)
    }
}

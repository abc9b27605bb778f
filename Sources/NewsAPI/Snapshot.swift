import NewsCorpus
import SearchIndex

/// Everything one version of the corpus serves: the corpus, its search index, and article
/// bodies encoded once. Immutable; readers hold it for a request while writers build the next.
public final class Snapshot: Sendable {
    public let corpus: Corpus
    public let index: InvertedIndex
    /// Encoded `GET /api/articles/{id}` bodies of the first articles (in corpus order), each at
    /// its exact size, until they would exceed `encodedBodyBudget` bytes in all; the others are
    /// encoded per request. A body is about six times its article's text (the text, its
    /// paragraphs, the events' sentences), so keeping them all would dominate a large corpus.
    private let articleBodies: [[UInt8]]
    /// The most bytes of article bodies kept encoded.
    public static let encodedBodyBudget = 16 << 20

    /// Starts what the first snapshot will need (the search analyser's lexicon) on another
    /// thread; call it before loading the corpus.
    public static func warmUp() {
        InvertedIndex.warmUp()
    }

    /// The unfiltered first pages of the entity list and the timeline, encoded.
    let firstPages: FirstPages
    /// Per-article event dates for the search's `from`/`to` filter.
    let searchDates: SearchDates
    /// The article list's orders.
    let articleOrder: ArticleOrder

    /// Builds the index and the encoded bodies for `corpus`, keeping at most `bodyBudget` bytes
    /// of article bodies encoded.
    public init(corpus: Corpus, bodyBudget: Int = Snapshot.encodedBodyBudget) {
        self.corpus = corpus
        self.index = InvertedIndex(documents: corpus.articles.map {
            IndexedDocument(id: $0.id, title: $0.title, text: $0.text)
        })
        firstPages = FirstPages(corpus: corpus)
        searchDates = SearchDates(corpus: corpus)
        articleOrder = ArticleOrder(corpus: corpus)
        var bodies: [[UInt8]] = []
        var used = 0
        for position in corpus.articles.indices {
            let body = ArticleJSON.detail(of: position, in: corpus)
            used += body.count
            guard used <= bodyBudget else { break }
            bodies.append(body.withUnsafeBufferPointer { [UInt8]($0) })
        }
        articleBodies = bodies
        HeapTuning.releaseFreeMemory()
    }

    /// How many article bodies are kept encoded.
    public var encodedBodyCount: Int { articleBodies.count }

    /// The encoded detail body of the article at `position`.
    public func articleBody(at position: Int) -> [UInt8] {
        position < articleBodies.count ? articleBodies[position] : ArticleJSON.detail(of: position, in: corpus)
    }
}

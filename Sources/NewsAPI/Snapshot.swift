import NewsCorpus
import SearchIndex

/// Everything one version of the corpus serves: the corpus, its search index, and article
/// bodies encoded once. Immutable; readers hold it for a request while writers build the next.
public final class Snapshot: Sendable {
    public let corpus: Corpus
    public let index: LiveIndex
    /// Encoded `GET /api/articles/{id}` bodies of the first articles (in corpus order), each at
    /// its exact size, until they would exceed `encodedBodyBudget` bytes in all; the others are
    /// encoded per request. A body is about six times its article's text (the text, its
    /// paragraphs, the events' sentences), so keeping them all would dominate a large corpus.
    private let articleBodies: [[UInt8]]
    /// The most bytes of article bodies kept encoded.
    public static let encodedBodyBudget = 16 << 20
    /// The budget of a corpus of more than `largeCorpus` articles: there 16 MiB keeps a few
    /// percent of the bodies anyway (~900 of 31k), and 4 MiB (~230) still covers the first pages.
    public static let largeCorpusBodyBudget = 4 << 20
    /// From how many articles a corpus counts as large.
    public static let largeCorpus = 10_000

    /// The bytes of article bodies kept encoded for a corpus of `articleCount` articles.
    public static func bodyBudget(articleCount: Int) -> Int {
        articleCount > largeCorpus ? largeCorpusBodyBudget : encodedBodyBudget
    }

    /// Starts what the first snapshot will need (the search analyser's lexicon) on another
    /// thread; call it before loading the corpus.
    public static func warmUp() {
        InvertedIndex.warmUp()
    }

    /// The unfiltered first pages of the entity list and the timeline, encoded.
    let firstPages: FirstPages
    /// Per-article event dates for the search's `from`/`to` filter.
    let searchDates: SearchDates
    /// Per-article publication dates: `dateField=published`, `sort=date`, the graph's range.
    let publishedDates: PublishedDates
    /// Every entity (positions), most mentioned first: unfiltered entity pages at any offset.
    let rankedEntities: [Int32]
    /// The article list's orders.
    let articleOrder: ArticleOrder

    /// Builds the index and the encoded bodies for `corpus`, keeping at most `bodyBudget` bytes
    /// of article bodies encoded (default: `bodyBudget(articleCount:)`).
    public convenience init(corpus: Corpus, bodyBudget: Int? = nil) {
        self.init(corpus: corpus, index: LiveIndex(documents: Self.documents(of: corpus)),
                  bodyBudget: bodyBudget ?? Self.bodyBudget(articleCount: corpus.articles.count))
    }

    /// The snapshot of `corpus`, the next version of `previous`'s: only the articles added or
    /// changed since `previous`'s base index are indexed (a segment beside it), and no article
    /// body is kept encoded until the index is merged (`merged()`), so a write costs its own articles.
    /// When `corpus` is `previous`'s with articles appended (`Corpus.isAppended(to:)`), only the
    /// new articles are given to the index and added to the date tables and the list order.
    public convenience init(corpus: Corpus, previous: Snapshot) {
        let ranked = EntityRanking.updated(previous.rankedEntities, from: previous.corpus, to: corpus)
        if corpus.isAppended(to: previous.corpus) {
            let added = corpus.articles[previous.corpus.articles.count...].map(Self.document)
            self.init(corpus: corpus, index: previous.index.appending(added), bodyBudget: 0, ranked: ranked,
                      appendingTo: previous)
        } else {
            self.init(corpus: corpus, index: previous.index.updated(to: Self.documents(of: corpus)), bodyBudget: 0,
                      ranked: ranked)
        }
    }

    /// The snapshot of `corpus`, whose articles are exactly `previous`'s (an entity correction
    /// changes the analysis, not the articles): the index is kept as it is.
    public convenience init(corpus: Corpus, sameArticlesAs previous: Snapshot) {
        self.init(corpus: corpus, index: previous.index, bodyBudget: Self.bodyBudget(articleCount: corpus.articles.count))
    }

    /// The snapshot of `corpus` with `index` (over the corpus's articles, in order).
    /// With `appendingTo` (whose corpus `corpus` appends to), the date tables and the list
    /// order are `appendingTo`'s with the new articles added.
    init(corpus: Corpus, index: LiveIndex, bodyBudget: Int, ranked: [Int]? = nil, appendingTo previous: Snapshot? = nil) {
        self.corpus = corpus
        self.index = index
        let ranked = ranked ?? EntitiesController.ranked(Array(corpus.entities.indices), in: corpus)
        rankedEntities = ranked.map { Int32($0) }
        firstPages = FirstPages(corpus: corpus, rankedEntities: ranked)
        if let previous {
            searchDates = SearchDates(corpus: corpus, appendingTo: previous.searchDates)
            publishedDates = PublishedDates(corpus: corpus, appendingTo: previous.publishedDates)
            articleOrder = ArticleOrder(corpus: corpus, appendingTo: previous.articleOrder)
        } else {
            searchDates = SearchDates(corpus: corpus)
            publishedDates = PublishedDates(corpus: corpus)
            articleOrder = ArticleOrder(corpus: corpus)
        }
        var bodies: [[UInt8]] = []
        var used = 0
        for position in corpus.articles.indices where bodyBudget > 0 {
            let body = ArticleJSON.detail(of: position, in: corpus)
            used += body.count
            guard used <= bodyBudget else { break }
            bodies.append(body.withUnsafeBufferPointer { [UInt8]($0) })
        }
        articleBodies = bodies
        if bodyBudget > 0 { HeapTuning.releaseFreeMemory() }
    }

    /// What the index is given for each article of `corpus`.
    static func documents(of corpus: Corpus) -> [IndexedDocument] {
        corpus.articles.map(document)
    }

    /// What the index is given for `article` (its stored text, shared, not decoded).
    static func document(_ article: Article) -> IndexedDocument {
        IndexedDocument(id: article.id, title: article.title, body: article.storedText)
    }

    /// The same corpus with its index merged into one base and its article bodies encoded:
    /// what a write's snapshot becomes in the background (`SnapshotStore`).
    public func merged() -> Snapshot {
        Snapshot(corpus: corpus, index: index.merged(), bodyBudget: Self.bodyBudget(articleCount: corpus.articles.count))
    }

    /// The snapshot of this one's corpus with `other`'s merged index brought up to date
    /// (what a merge publishes when writes came in while it was built).
    func rebased(on other: Snapshot) -> Snapshot {
        Snapshot(corpus: corpus, index: other.index.updated(to: Self.documents(of: corpus)), bodyBudget: 0)
    }

    /// How many article bodies are kept encoded.
    public var encodedBodyCount: Int { articleBodies.count }

    /// The encoded detail body of the article at `position`.
    public func articleBody(at position: Int) -> [UInt8] {
        position < articleBodies.count ? articleBodies[position] : ArticleJSON.detail(of: position, in: corpus)
    }
}

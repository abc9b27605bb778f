/// A span to highlight in a snippet: scalar offsets into the snippet's text, end exclusive.
public struct HighlightRange: Sendable, Hashable {
    /// First scalar of the highlighted word.
    public var start: Int
    /// One past its last scalar.
    public var end: Int
    /// A range of scalar offsets.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A passage of a hit document with the matched words marked.
public struct Snippet: Sendable, Hashable {
    /// The passage (a sentence, or part of one with `…` where it was cut).
    public var text: String
    /// Whole matched words, ascending, in scalar offsets into `text`.
    public var highlights: [HighlightRange]
    /// A passage with its highlights.
    public init(text: String, highlights: [HighlightRange]) {
        self.text = text
        self.highlights = highlights
    }
}

/// One matching document.
public struct SearchHit: Sendable {
    /// The document's position in the array the index was built from.
    public var document: Int
    /// The document's id.
    public var id: String
    /// The BM25 score (with exact-form bonus); hits with more exact-form matches rank first.
    public var score: Double
    /// The best passages of the body, in text order.
    public var snippets: [Snippet]
    /// A hit.
    public init(document: Int, id: String, score: Double, snippets: [Snippet]) {
        self.document = document
        self.id = id
        self.score = score
        self.snippets = snippets
    }
}

/// The answer to a query: one page of hits, best first, and what facets need.
public struct SearchResults: Sendable {
    /// How many of the best matches a search ranks by default (for facets).
    public static let defaultDepth = 200
    /// The requested page of hits.
    public var hits: [SearchHit]
    /// How many documents match in all.
    public var total: Int
    /// The best matching documents (positions), best first, for facets: the first
    /// `max(depth, offset + limit)` of the search (all when fewer match).
    public var matchingDocuments: [Int]
    /// A corrected query when this one found nothing and a close one would.
    public var suggestion: String?
    /// Every matching document (`total` of them), for exact facets over all hits.
    public var matches: DocumentSet
    /// Results.
    public init(hits: [SearchHit], total: Int, matchingDocuments: [Int], suggestion: String?,
                matches: DocumentSet = DocumentSet(capacity: 0)) {
        self.hits = hits
        self.total = total
        self.matchingDocuments = matchingDocuments
        self.suggestion = suggestion
        self.matches = matches
    }
}

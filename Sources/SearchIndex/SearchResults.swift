/// A span to highlight in a snippet: scalar offsets into the snippet's text, end exclusive.
public struct HighlightRange: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A passage of a hit document with the matched words marked.
public struct Snippet: Sendable, Hashable {
    public var text: String
    public var highlights: [HighlightRange]
    public init(text: String, highlights: [HighlightRange]) {
        self.text = text
        self.highlights = highlights
    }
}

/// One matching document.
public struct SearchHit: Sendable {
    /// The document's position in the array the index was built from.
    public var document: Int
    public var id: String
    public var score: Double
    public var snippets: [Snippet]
    public init(document: Int, id: String, score: Double, snippets: [Snippet]) {
        self.document = document
        self.id = id
        self.score = score
        self.snippets = snippets
    }
}

/// The answer to a query: one page of hits, best first, and what facets need.
public struct SearchResults: Sendable {
    /// The requested page of hits.
    public var hits: [SearchHit]
    /// How many documents match in all.
    public var total: Int
    /// Every matching document (positions), best first, for facets.
    public var matchingDocuments: [Int]
    /// A corrected query when this one found nothing and a close one would.
    public var suggestion: String?
    public init(hits: [SearchHit], total: Int, matchingDocuments: [Int], suggestion: String?) {
        self.hits = hits
        self.total = total
        self.matchingDocuments = matchingDocuments
        self.suggestion = suggestion
    }
}

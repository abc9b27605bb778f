/// The full-text index over a corpus snapshot, built once and then read-only. (First stub.)
public struct InvertedIndex: Sendable {
    private let documents: [IndexedDocument]

    public init(documents: [IndexedDocument]) {
        self.documents = documents
    }

    /// Runs `query`; `allowed`, when given, restricts hits to those document positions.
    public func search(_ query: SearchQuery, allowed: Set<Int>? = nil, limit: Int = 20, offset: Int = 0) -> SearchResults {
        SearchResults(hits: [], total: 0, matchingDocuments: [], suggestion: nil)
    }
}

import CompactText

/// What the index is given for one document: its id, title and body text.
public struct IndexedDocument: Sendable {
    /// The article id returned in hits.
    public var id: String
    /// The title; its words weigh more in ranking.
    public var title: String
    /// The body, stored compactly (shared with the article it comes from).
    public var body: StoredText

    /// The body; snippets and highlight offsets refer to it. Decoded on each access.
    public var text: String { body.string }

    /// A document to index.
    public init(id: String, title: String, text: String) {
        self.init(id: id, title: title, body: StoredText(text))
    }

    /// A document whose body is already stored (an article's `storedText`).
    public init(id: String, title: String, body: StoredText) {
        self.id = id
        self.title = title
        self.body = body
    }
}

/// What the index is given for one document: its id, title and body text.
public struct IndexedDocument: Sendable {
    /// The article id returned in hits.
    public var id: String
    /// The title; its words weigh more in ranking.
    public var title: String
    /// The body; snippets and highlight offsets refer to it.
    public var text: String

    /// A document to index.
    public init(id: String, title: String, text: String) {
        self.id = id
        self.title = title
        self.text = text
    }
}

/// What the index is given for one document: its id, title and body text.
public struct IndexedDocument: Sendable {
    public var id: String
    public var title: String
    public var text: String

    public init(id: String, title: String, text: String) {
        self.id = id
        self.title = title
        self.text = text
    }
}

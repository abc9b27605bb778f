/// One occurrence of a named entity in a text, as the recogniser found it.
public struct EntityMention: Sendable, Hashable {
    public var type: EntityType
    /// Whether the name says who is meant only inside its own text: a person's given name alone
    /// (`وأضاف محمد`) that no fuller name of the text owns. A corpus keeps such mentions apart per
    /// article (`EntityResolver.keys(of:scope:)`): across articles they are different people.
    /// Declared beside `type`, so that the two share one word (a mention stays 56 bytes).
    public var isLocal: Bool
    /// The name without titles or attached clitics, as written (e.g. `بنغازي` for `لبنغازي`).
    public var name: String
    /// Scalar offsets of `name` in the text, end exclusive.
    public var start: Int
    public var end: Int
    /// A role or title seen next to a person (e.g. `وزير الخارجية`), when there is one.
    public var role: String?

    public init(type: EntityType, name: String, start: Int, end: Int, role: String? = nil, isLocal: Bool = false) {
        self.type = type
        self.name = name
        self.start = start
        self.end = end
        self.role = role
        self.isLocal = isLocal
    }
}

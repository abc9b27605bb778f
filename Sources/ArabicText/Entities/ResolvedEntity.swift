/// Where one mention sits: the index of its document and of the mention in that document's list.
public struct MentionReference: Sendable, Hashable {
    /// Index of the document in the resolver's input.
    public var document: Int
    /// Index of the mention in that document's mentions.
    public var mention: Int

    /// A reference to mention `mention` of document `document`.
    public init(document: Int, mention: Int) {
        self.document = document
        self.mention = mention
    }
}

/// One entity of a corpus: every mention that names it, under one canonical name.
public struct ResolvedEntity: Sendable, Hashable {
    /// The canonical name: the fullest common surface form (`عبد الفتاح السيسي`, not `السيسي`).
    public var name: String
    /// The entity's type.
    public var type: EntityType
    /// Every other surface form seen, in order of first appearance.
    public var aliases: [String]
    /// The mentions that name it, in document and text order.
    public var mentions: [MentionReference]
    /// Roles and titles seen next to it (for people), in order of first appearance.
    public var roles: [String]
    /// The grouping keys (`EntityResolver.keys(of:)`) of its mentions: its own, then those of
    /// the names merged into it. Empty when the entity was not made by the resolver.
    public var keys: [String] = []

    /// An entity with the given name, aliases, mentions and roles.
    public init(name: String, type: EntityType, aliases: [String], mentions: [MentionReference], roles: [String]) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.roles = roles
    }
}

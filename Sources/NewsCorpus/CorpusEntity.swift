import ArabicText

/// Where an entity is mentioned: the article, the offsets of the name in its text, and the words.
public struct EntityOccurrence: Sendable, Hashable {
    public var articleId: String
    public var start: Int
    public var end: Int
    public var text: String
}

/// An entity that co-occurs with another in a sentence, with how many sentences they share.
public struct RelatedEntity: Sendable, Hashable {
    /// The other entity's position in `Corpus.entities`.
    public var entity: Int
    public var count: Int
}

/// A person, organisation or place as the whole corpus knows it: one canonical name, the
/// other forms it appears in, and every mention.
public struct CorpusEntity: Sendable {
    /// Stable across restarts for the same canonical name and type.
    public let id: String
    public let name: String
    public let type: EntityType
    public let aliases: [String]
    public let roles: [String]
    public let mentions: [EntityOccurrence]
    /// The ids of the articles that mention it, in corpus order.
    public let articleIds: [String]
    /// The name and every alias after Arabic normalisation, for `?q=` look-ups; computed once
    /// when the snapshot is built, not per request.
    public let matchKeys: [String]

    public var mentionCount: Int { mentions.count }
    public var articleCount: Int { articleIds.count }
}

import ArabicText

/// An analyst's correction of the entity table, with who made it and when. Kept in the store
/// as an `ArticleChange` and re-applied, in order, over every rebuilt entity table.
public struct EntityCorrection: Sendable, Equatable, Codable {
    /// `c-` and 16 hex digits.
    public var id: String
    /// The label of the token that made it.
    public var who: String
    /// When it was made: an RFC 3339 UTC timestamp.
    public var when: String
    public var action: EntityCorrectionAction

    public init(id: String, who: String, when: String, action: EntityCorrectionAction) {
        self.id = id
        self.who = who
        self.when = when
        self.action = action
    }
}

/// What a correction does. Entities are named by `EntityKey` (id, name and type as they were
/// when the correction was made), mentions by article id and offsets: both survive a rebuild.
public enum EntityCorrectionAction: Sendable, Equatable, Codable {
    /// Gives the entity a new canonical name (its id stays).
    case rename(EntityKey, name: String)
    /// Changes the entity's type (its id stays).
    case retype(EntityKey, type: EntityType)
    /// Moves every mention of the first entity into the second; the first disappears.
    case merge(EntityKey, into: EntityKey)
    /// Moves the given mentions of the entity into a new entity `name` of `type`.
    case split(EntityKey, mentions: [MentionKey], name: String, type: EntityType)
    /// Removes the entity (a false positive) from lists, pages, the graph and facets.
    case hide(EntityKey)

    /// The entity the correction is about.
    public var target: EntityKey {
        switch self {
        case .rename(let key, _), .retype(let key, _), .merge(let key, _), .split(let key, _, _, _), .hide(let key):
            key
        }
    }

    /// The action's name on the wire: `rename`, `retype`, `merge`, `split`, `hide`.
    public var kind: String {
        switch self {
        case .rename: "rename"
        case .retype: "retype"
        case .merge: "merge"
        case .split: "split"
        case .hide: "hide"
        }
    }
}

/// An entity as a correction names it: its id, and its name and type, which find it again when a
/// rebuild gives it another id.
public struct EntityKey: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var type: EntityType

    public init(id: String, name: String, type: EntityType) {
        self.id = id
        self.name = name
        self.type = type
    }

    /// The key of `entity` as it is now.
    public init(_ entity: CorpusEntity) {
        self.init(id: entity.id, name: entity.name, type: entity.type)
    }
}

/// One mention, by the id of its article and its scalar offsets in the article's text.
public struct MentionKey: Sendable, Hashable, Codable {
    public var articleId: String
    public var start: Int
    public var end: Int

    public init(articleId: String, start: Int, end: Int) {
        self.articleId = articleId
        self.start = start
        self.end = end
    }
}

/// A correction in the log, with whether it was undone and whether it took effect.
public struct CorrectionEntry: Sendable, Equatable {
    public var correction: EntityCorrection
    /// Who undid it and when, once undone (it is then no longer applied).
    public var undone: (who: String, when: String)?
    /// Whether it changed the current entity table: false when undone, or when its entity (or
    /// mentions) no longer exist after a rebuild; it is kept and applies again if they return.
    public var applied: Bool
    /// Why it was not applied, when it was not.
    public var note: String?
    /// While applied: the id of the entity it changed, made (a split) or merged into.
    public var entityID: String?

    public init(correction: EntityCorrection, undone: (who: String, when: String)? = nil, applied: Bool = false, note: String? = nil) {
        self.correction = correction
        self.undone = undone
        self.applied = applied
        self.note = note
    }

    public static func == (a: CorrectionEntry, b: CorrectionEntry) -> Bool {
        a.correction == b.correction && a.undone?.who == b.undone?.who && a.undone?.when == b.undone?.when
            && a.applied == b.applied && a.note == b.note && a.entityID == b.entityID
    }
}

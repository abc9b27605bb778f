import ArabicText

/// Where an entity is mentioned, in 20 bytes (a corpus holds millions): the article, the
/// offsets of the name in its text, the mention's place in that article's analysis, and which
/// of the entity's forms and roles it carries. `CorpusEntity` reads the words back.
public struct EntityOccurrence: Sendable, Hashable {
    private let articlePosition: Int32
    private let startOffset: UInt32
    private let endOffset: UInt32
    private let mentionIndex: UInt32
    /// 0 for the entity's name, k for `aliases[k - 1]`.
    let form: UInt16
    /// 0 for none, k for `roles[k - 1]`.
    let role: UInt16

    init(article: Int, start: Int, end: Int, mention: Int, form: Int, role: Int) {
        articlePosition = Int32(article)
        startOffset = UInt32(start)
        endOffset = UInt32(end)
        mentionIndex = UInt32(mention)
        self.form = UInt16(clamping: form)
        self.role = UInt16(clamping: role)
    }

    /// The article's position in `Corpus.articles`.
    public var article: Int { Int(articlePosition) }
    /// Scalar offsets of the name in the article's text, end exclusive.
    public var start: Int { Int(startOffset) }
    public var end: Int { Int(endOffset) }
    /// The mention's position in the article's entity mentions (text order).
    public var mention: Int { Int(mentionIndex) }
}

/// An entity that co-occurs with another in a sentence, with how many sentences they share.
/// Eight bytes (32-bit fields: every entity keeps a list of them).
public struct RelatedEntity: Sendable, Hashable {
    private var position: Int32
    private var sentences: Int32

    /// The other entity's position in `Corpus.entities`.
    public var entity: Int {
        get { Int(position) }
        set { position = Int32(newValue) }
    }

    /// How many sentences name both.
    public var count: Int {
        get { Int(sentences) }
        set { sentences = Int32(newValue) }
    }

    public init(entity: Int, count: Int) {
        position = Int32(entity)
        sentences = Int32(count)
    }
}

/// A person, organisation or place as the whole corpus knows it: one canonical name, the
/// other forms it appears in, and every mention. Immutable; a class so that copying the entity
/// table (a write appends to it) retains one reference an entity instead of seven.
///
/// Most entities of a real corpus are named once, so what each one holds beside its mentions is
/// kept small: the articles that mention it are read off the mentions (only their count is
/// stored), and the match keys are one string, or none when they are the forms themselves.
public final class CorpusEntity: Sendable {
    /// Stable across restarts for the same canonical name and type.
    public let id: String
    public let name: String
    public let type: EntityType
    /// Whether the match keys are the name and aliases themselves (normalising changed none of
    /// them): then `joinedMatchKeys` is empty and the forms are read instead.
    private let keysAreForms: Bool
    /// Whether it is a local name: a given name alone (`محمد`), one person of one article, never
    /// merged across articles (`EntityMention.isLocal`). Held in the padding beside `keysAreForms`.
    public let isLocal: Bool
    /// How many articles mention it.
    private let articleTally: Int32
    public let aliases: [String]
    public let roles: [String]
    /// Every mention, by article position then text order.
    public let mentions: [EntityOccurrence]
    /// The match keys, one after another, each ended by `keySeparator` (empty when `keysAreForms`).
    private let joinedMatchKeys: String

    /// Ends each of `joinedMatchKeys`' keys; never part of a normalised name.
    static let keySeparator: Character = "\n"

    init(id: String, name: String, type: EntityType, aliases: [String], roles: [String], mentions: [EntityOccurrence],
         matchKeys: [String], isLocal: Bool = false) {
        self.id = id
        self.isLocal = isLocal
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        var tally: Int32 = 0, last = -1
        for mention in mentions where mention.article != last {
            tally += 1
            last = mention.article
        }
        articleTally = tally
        keysAreForms = matchKeys.count == aliases.count + 1
            && zip(matchKeys, [name] + aliases).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
        joinedMatchKeys = keysAreForms ? "" : matchKeys.map { $0 + String(Self.keySeparator) }.joined()
    }

    /// The positions (in `Corpus.articles`) of the articles that mention it, ascending; read off
    /// the mentions.
    public var articles: [Int32] {
        var positions: [Int32] = []
        positions.reserveCapacity(Int(articleTally))
        for mention in mentions where positions.last != Int32(mention.article) { positions.append(Int32(mention.article)) }
        return positions
    }

    /// The name and every alias after Arabic normalisation, for `?q=` look-ups: normalised once
    /// when the snapshot is built; this copies them out (requests read them in place with
    /// `anyMatchKey`).
    public var matchKeys: [String] {
        var keys: [String] = []
        _ = anyMatchKey { keys.append(String($0)); return false }
        return keys
    }

    /// Whether some match key satisfies `predicate`: the keys are read in place, in order.
    public func anyMatchKey(_ predicate: (Substring) -> Bool) -> Bool {
        if keysAreForms { return predicate(Substring(name)) || aliases.contains { predicate(Substring($0)) } }
        return joinedMatchKeys.split(separator: Self.keySeparator, omittingEmptySubsequences: false).dropLast().contains(where: predicate)
    }

    public var mentionCount: Int { mentions.count }
    public var articleCount: Int { Int(articleTally) }

    /// The words of a mention as written (the name or one of the aliases).
    public func text(of occurrence: EntityOccurrence) -> String {
        occurrence.form == 0 ? name : aliases[Int(occurrence.form) - 1]
    }

    /// The role seen next to a mention, when there was one.
    public func role(of occurrence: EntityOccurrence) -> String? {
        occurrence.role == 0 ? nil : roles[Int(occurrence.role) - 1]
    }

    /// The mentions in the article at `article`: a range of `mentions`, found by binary search.
    public func mentions(inArticle article: Int) -> ArraySlice<EntityOccurrence> {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].article < article { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < mentions.count, mentions[end].article == article { end += 1 }
        return mentions[lo..<end]
    }
}

extension CorpusEntity {
    /// The same entity under another id.
    func with(id: String) -> CorpusEntity {
        CorpusEntity(id: id, name: name, type: type, aliases: aliases, roles: roles, mentions: mentions,
                     matchKeys: matchKeys, isLocal: isLocal)
    }
}

extension EntityOccurrence {
    /// The same mention carrying form `form`.
    func withForm(_ form: Int) -> EntityOccurrence {
        EntityOccurrence(article: article, start: start, end: end, mention: mention, form: form, role: Int(role))
    }
}

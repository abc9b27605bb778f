import ArabicText

/// Turns grouped mentions into the corpus's entities, with stable ids, per-article lists and
/// sentence co-occurrence counts.
struct EntityTable {
    var entities: [CorpusEntity] = []
    var positions: [String: Int] = [:]
    var articleEntities: [[Int]]
    var related: PackedLists<RelatedEntity>
    /// Per article, per mention: the entity position (for building the timeline; not kept).
    var mentionEntity: [[Int]]
    /// What resolution keeps for appending articles (`appending`), positions as in `entities`
    /// before any correction.
    var resolution: ResolutionState

    init(articles: [Article], analyses: [ArticleAnalysis]) {
        let (groups, variants) = EntityGrouping.groupKeepingVariants(analyses, scopes: articles.map(\.id))
        var keyEntity = KeyEntities()
        for (e, group) in groups.enumerated() {
            for key in group.keys { keyEntity.set(key, Int32(e), variants: variants) }
        }
        resolution = ResolutionState(keyEntity: keyEntity.compacted(), variants: variants)
        mentionEntity = analyses.map { Array(repeating: -1, count: $0.entityMentions.count) }
        articleEntities = Array(repeating: [], count: articles.count)
        entities.reserveCapacity(groups.count)
        for group in groups {
            let e = entities.count
            let id = Self.uniqueID(StableID.base(type: group.type, name: group.name, key: group.keys[0]), taken: positions)
            let members = group.members.sorted { ($0.article, $0.mention) < ($1.article, $1.mention) }
            var aliases = group.aliases
            var formIndex: [String: Int] = [group.name: 0]
            for (k, alias) in aliases.enumerated() where formIndex[alias] == nil { formIndex[alias] = k + 1 }
            var roleIndex: [String: Int] = [:]
            for (k, role) in group.roles.enumerated() where roleIndex[role] == nil { roleIndex[role] = k + 1 }
            var occurrences: [EntityOccurrence] = []
            occurrences.reserveCapacity(members.count)
            for member in members {
                let mention = analyses[member.article].entityMentions[member.mention]
                mentionEntity[member.article][member.mention] = e
                let form: Int
                if let known = formIndex[mention.name] {
                    form = known
                } else {
                    aliases.append(mention.name)
                    form = aliases.count
                    formIndex[mention.name] = form
                }
                occurrences.append(EntityOccurrence(article: member.article, start: mention.start, end: mention.end,
                                                    mention: member.mention, form: form,
                                                    role: mention.role.flatMap { roleIndex[$0] } ?? 0))
            }
            positions[id] = e
            entities.append(CorpusEntity(id: id, name: group.name, type: group.type, aliases: aliases.compacted(),
                                         roles: group.roles, mentions: occurrences,
                                         matchKeys: ([group.name] + aliases).map(ArabicNormalizer.normalize),
                                         isLocal: EntityResolver.isLocalKey(group.keys[0])))
        }

        (articleEntities, related) = EntityCooccurrence.compute(articles: articles, analyses: analyses,
                                                                mentionEntity: mentionEntity, entityCount: entities.count)
    }
}

extension EntityTable {
    /// `base`, or `base-2`, `base-3`… when an earlier entity took it.
    static func uniqueID(_ base: String, taken: [String: Int]) -> String {
        uniqueID(base) { taken[$0] != nil }
    }

    /// `base`, or `base-2`, `base-3`… when `isTaken` says an earlier entity took it.
    static func uniqueID(_ base: String, isTaken: (String) -> Bool) -> String {
        guard isTaken(base) else { return base }
        var n = 2
        while isTaken(base + "-\(n)") { n += 1 }
        return base + "-\(n)"
    }
}

/// Finds the sentence containing an offset by binary search.
enum SentenceLookup {
    static func sentence(containing offset: Int, in sentences: [TextSpan]) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if offset < sentences[mid].start { hi = mid - 1 }
            else if offset >= sentences[mid].end { lo = mid + 1 }
            else { return mid }
        }
        return nil
    }
}

/// Deterministic short ids: the type and a 64-bit FNV-1a hash of the normalised name, so an
/// entity keeps its id (and shared links keep working) across restarts.
enum StableID {
    /// The id an entity starts from (before `EntityTable.uniqueID`): its type's and normalised
    /// name's; for a local name (a given name alone: one person of one article), its grouping key's,
    /// which holds the article's id, so that the many `محمد` of a corpus each keep their own id.
    static func base(type: EntityType, name: String, key: String) -> String {
        EntityResolver.isLocalKey(key) ? make(type: type.rawValue, name: key)
            : make(type: type.rawValue, name: ArabicNormalizer.normalize(name))
    }

    static func make(type: String, name: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return type.prefix(3) + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

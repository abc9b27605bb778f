import ArabicText

/// The resolved entity table after appending articles, computed from the previous table and the
/// new articles' mentions only; equal to resolving the whole corpus again (`EntityTable.init`).
struct AppendedEntities {
    var entities: [CorpusEntity]
    var positions: KeyPositions
    /// Per appended article, its entities in order of first mention.
    var articleEntities: [[Int]]
    var related: PackedLists<RelatedEntity>
    /// Per appended article, per mention: the entity position.
    var mentionEntity: [[Int]]
    var resolution: ResolutionState
    /// Entities of the previous table that gained a form (their words changed).
    var reformed: Set<Int>
}

extension EntityTable {
    /// The table of `entities` (resolved, no correction applied) with the articles `articles`
    /// appended at positions `first…`; nil when a person-merge decision made before changes
    /// (then only a full resolution is exact).
    ///
    /// Why it is exact: appended mentions come last in (article, mention) order, so the keys
    /// already known keep their first appearance (entity order) and every group gets its new
    /// members at its end; the new keys' entities follow in order of first appearance.
    static func appending(_ articles: [Article], analyses: [ArticleAnalysis], at first: Int,
                          to entities: [CorpusEntity], positions: KeyPositions, related: PackedLists<RelatedEntity>,
                          resolution: ResolutionState) -> AppendedEntities? {
        let keys = zip(articles, analyses).map { EntityResolver.keys(of: $1.entityMentions, scope: $0.id) }
        var deltas: [String: Int] = [:]
        for documentKeys in keys { for key in documentKeys { deltas[key, default: 0] += 1 } }
        var variants = resolution.variants
        guard variants.update(deltas) else { return nil }

        // New entities in order of first appearance of the keys that join no other.
        var keyEntity = resolution.keyEntity
        keyEntity.reserveCapacity(adding: Set(keys.joined().filter { keyEntity.position(of: $0, variants: variants) == nil }),
                                  variants: variants)
        var count = entities.count
        var newKeys: [String] = []
        for documentKeys in keys {
            for key in documentKeys where keyEntity.position(of: key, variants: variants) == nil && variants.target(of: key) == key {
                keyEntity.set(key, Int32(count), variants: variants)
                newKeys.append(key)
                count += 1
            }
        }
        var members: [Int: [(article: Int, mention: Int)]] = [:]
        var mentionEntity: [[Int]] = []
        for (d, documentKeys) in keys.enumerated() {
            var row: [Int] = []
            row.reserveCapacity(documentKeys.count)
            for (m, key) in documentKeys.enumerated() {
                let e: Int
                if let known = keyEntity.position(of: key, variants: variants) {
                    e = Int(known)
                } else {
                    e = Int(keyEntity.position(of: variants.target(of: key), variants: variants)!)
                    keyEntity.set(key, Int32(e), variants: variants)
                }
                row.append(e)
                members[e, default: []].append((first + d, m))
            }
            mentionEntity.append(row)
        }

        var next = entities
        next.reserveCapacity(count)
        var reformed = Set<Int>()
        var renamed: [Int: String] = [:]
        for e in members.keys.sorted() {
            if e < entities.count {
                let (entity, newForm, baseID) = extended(entities[e], with: members[e]!, analyses: analyses, first: first)
                next[e] = entity
                if newForm { reformed.insert(e) }
                if let baseID { renamed[e] = baseID }
            } else {
                next.append(created(members[e]!, key: newKeys[e - entities.count], analyses: analyses, first: first))
            }
        }

        // Ids: only new entities need one, unless a canonical name changed (then every id after
        // the first renamed entity may take another suffix).
        // `taken` is what a dictionary of the ids would hold: the previous ids but the renamed
        // ones', then the ids given so far.
        let firstRenamed = renamed.keys.min() ?? entities.count
        var given: [String: Int] = [:]
        let taken = { (id: String) -> Bool in
            if given[id] != nil { return true }
            guard let e = positions.position(of: id, keyAt: { entities[$0].id }) else { return false }
            return e < firstRenamed
        }
        for e in firstRenamed..<next.count {
            let base = renamed[e] ?? (e < entities.count ? String(next[e].id.prefix(20)) : next[e].id)
            let id = uniqueID(base, isTaken: taken)
            if id != next[e].id { next[e] = next[e].with(id: id) }
            given[id] = e
        }
        let table = next
        var nextPositions: KeyPositions
        if firstRenamed < entities.count {
            nextPositions = KeyPositions(table.indices.lazy.map { (table[$0].id, $0) }) { table[$0].id }
        } else {
            nextPositions = positions
            for e in entities.count..<table.count { nextPositions.set(table[e].id, e) { table[$0].id } }
        }

        // Co-occurrences: the appended articles' sentence pairs added to the counts.
        var increments: [Int: [Int: Int]] = [:]
        var articleEntities: [[Int]] = []
        for (d, article) in articles.enumerated() {
            articleEntities.append(EntityCooccurrence.article(article, analyses[d], mentionEntity: mentionEntity[d]) { x, y in
                increments[x, default: [:]][y, default: 0] += 1
            })
        }
        var nextRelated = related
        for _ in entities.count..<next.count { nextRelated.append([RelatedEntity]()) }
        for (x, added) in increments {
            var counts = Dictionary(uniqueKeysWithValues: nextRelated.elements(x).map { ($0.entity, $0.count) })
            for (y, n) in added { counts[y, default: 0] += n }
            nextRelated.replace(x, with: EntityCooccurrence.sorted(counts))
        }
        nextRelated = nextRelated.packed()
        return AppendedEntities(entities: next, positions: nextPositions, articleEntities: articleEntities,
                                related: nextRelated, mentionEntity: mentionEntity,
                                resolution: ResolutionState(keyEntity: keyEntity, variants: variants), reformed: reformed)
    }

    /// A new entity of the appended mentions `members` (grouping key `key`), as `EntityResolver` and `init` make one.
    private static func created(_ members: [(article: Int, mention: Int)], key: String, analyses: [ArticleAnalysis],
                                first: Int) -> CorpusEntity {
        var forms: [String] = []
        var counts: [String: Int] = [:]
        var roles: [String] = []
        for member in members {
            let mention = analyses[member.article - first].entityMentions[member.mention]
            if counts[mention.name] == nil { forms.append(mention.name) }
            counts[mention.name, default: 0] += 1
            if let role = mention.role, !roles.contains(role) { roles.append(role) }
        }
        let name = EntityResolver.canonicalName(forms, counts: { counts[$0] ?? 0 }) ?? ""
        let type = analyses[members[0].article - first].entityMentions[members[0].mention].type
        let aliases = forms.filter { $0 != name }
        let id = StableID.base(type: type, name: name, key: key)
        return entity(id: id, name: name, type: type, aliases: aliases, roles: roles, old: [], members: members,
                      analyses: analyses, first: first, matchKeys: [:], isLocal: EntityResolver.isLocalKey(key))
    }

    /// `entity` with the appended mentions `members`; whether it gained a form, and its new base
    /// id when its canonical name changed.
    private static func extended(_ entity: CorpusEntity, with members: [(article: Int, mention: Int)],
                                 analyses: [ArticleAnalysis], first: Int) -> (CorpusEntity, Bool, String?) {
        let oldForms = [entity.name] + entity.aliases
        var counts = Array(repeating: 0, count: oldForms.count)
        var firstSeen = Array(repeating: Int.max, count: oldForms.count)
        for (i, o) in entity.mentions.enumerated() {
            let f = Int(o.form)
            counts[f] += 1
            if firstSeen[f] == Int.max { firstSeen[f] = i }
        }
        var forms = oldForms.indices.sorted { firstSeen[$0] < firstSeen[$1] }.map { oldForms[$0] }
        var formCounts = Dictionary(uniqueKeysWithValues: zip(oldForms, counts))
        var roles = entity.roles
        var newForm = false
        for member in members {
            let mention = analyses[member.article - first].entityMentions[member.mention]
            if formCounts[mention.name] == nil { forms.append(mention.name); newForm = true }
            formCounts[mention.name, default: 0] += 1
            if let role = mention.role, !roles.contains(role) { roles.append(role) }
        }
        let name = EntityResolver.canonicalName(forms, counts: { formCounts[$0] ?? 0 }) ?? ""
        let aliases = forms.filter { $0 != name }
        var matchKeys: [String: String] = [:]
        for (f, key) in entity.matchKeys.enumerated() { matchKeys[oldForms[f]] = key }
        // An id not made from the name (a local name's, from its key) stays whatever the name.
        let isNamed = entity.id.hasPrefix(StableID.make(type: entity.type.rawValue, name: ArabicNormalizer.normalize(entity.name)))
        let base = name == entity.name || !isNamed ? nil : StableID.make(type: entity.type.rawValue, name: ArabicNormalizer.normalize(name))
        let baseID = base == String(entity.id.prefix(20)) ? nil : base
        let next = Self.entity(id: entity.id, name: name, type: entity.type, aliases: aliases, roles: roles,
                               old: name == entity.name ? entity.mentions : remapped(entity, name: name, aliases: aliases),
                               members: members, analyses: analyses, first: first, matchKeys: matchKeys,
                               isLocal: entity.isLocal)
        return (next, newForm, baseID)
    }

    /// The entity's mentions with their forms numbered for a new name and aliases.
    private static func remapped(_ entity: CorpusEntity, name: String, aliases: [String]) -> [EntityOccurrence] {
        var index: [String: Int] = [name: 0]
        for (k, alias) in aliases.enumerated() where index[alias] == nil { index[alias] = k + 1 }
        let oldForms = [entity.name] + entity.aliases
        let map = oldForms.map { index[$0]! }
        return entity.mentions.map { $0.withForm(map[Int($0.form)]) }
    }

    /// An entity of the table: the occurrences `old` followed by the appended `members`, numbered
    /// as `init` numbers forms and roles.
    private static func entity(id: String, name: String, type: EntityType, aliases: [String], roles: [String],
                               old: [EntityOccurrence], members: [(article: Int, mention: Int)],
                               analyses: [ArticleAnalysis], first: Int, matchKeys: [String: String],
                               isLocal: Bool) -> CorpusEntity {
        var formIndex: [String: Int] = [name: 0]
        for (k, alias) in aliases.enumerated() where formIndex[alias] == nil { formIndex[alias] = k + 1 }
        var roleIndex: [String: Int] = [:]
        for (k, role) in roles.enumerated() where roleIndex[role] == nil { roleIndex[role] = k + 1 }
        var occurrences = old
        occurrences.reserveCapacity(old.count + members.count)
        for member in members {
            let mention = analyses[member.article - first].entityMentions[member.mention]
            occurrences.append(EntityOccurrence(article: member.article, start: mention.start, end: mention.end,
                                                mention: member.mention, form: formIndex[mention.name]!,
                                                role: mention.role.flatMap { roleIndex[$0] } ?? 0))
        }
        return CorpusEntity(id: id, name: name, type: type, aliases: aliases.compacted(), roles: roles,
                            mentions: occurrences,
                            matchKeys: ([name] + aliases).map { matchKeys[$0] ?? ArabicNormalizer.normalize($0) },
                            isLocal: isLocal)
    }
}

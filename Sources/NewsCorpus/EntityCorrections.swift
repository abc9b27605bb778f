import ArabicText

/// Applies the analysts' corrections over a resolved entity table: a separate step after
/// resolution, so that resolution can change (or become incremental) without knowing of them.
/// Corrections are replayed in the order they were made; each finds its entity by id, else by
/// type and normalised name (a rebuild may have given it another id). One whose entity or
/// mentions are gone is kept in the log, marked not applied, and applies again if they return.
enum EntityCorrections {
    /// An entity while corrections are applied.
    private struct Draft {
        var id: String
        var name: String
        var type: EntityType
        var aliases: [String]
        var roles: [String]
        /// (article position, mention position) of every mention.
        var members: [(article: Int, mention: Int)]
        /// The unchanged entity of the resolved table, while nothing changed it.
        var base: Int?
        var alive = true
    }

    /// Applies the entries not undone, in order, to `table`, and records in each entry whether
    /// it was applied.
    static func apply(_ entries: inout [CorrectionEntry], to table: inout EntityTable,
                      articles: [Article], analyses: [ArticleAnalysis]) {
        guard !entries.isEmpty else { return }
        var drafts: [Draft] = table.entities.enumerated().map { e, entity in
            Draft(id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles,
                  members: entity.mentions.map { ($0.article, $0.mention) }, base: e)
        }
        var byID: [String: Int] = table.positions
        var takenIDs = Set(table.positions.keys)
        var articlePositions: [String: Int]?
        var reshaped = false

        func find(_ key: EntityKey) -> Int? {
            if let d = byID[key.id], drafts[d].alive { return d }
            let wanted = ArabicNormalizer.normalize(key.name)
            return drafts.indices.first { d in
                drafts[d].alive && drafts[d].type == key.type && ArabicNormalizer.normalize(drafts[d].name) == wanted
            }
        }

        for n in entries.indices {
            entries[n].applied = false
            entries[n].note = nil
            entries[n].entityID = nil
            guard entries[n].undone == nil else { entries[n].note = "undone"; continue }
            let action = entries[n].correction.action
            guard let d = find(action.target) else {
                entries[n].note = "the entity \(action.target.name) (\(action.target.id)) no longer exists"
                continue
            }
            switch action {
            case .rename(_, let name):
                if drafts[d].name != name {
                    drafts[d].aliases.insert(drafts[d].name, at: 0)
                    drafts[d].name = name
                }
                drafts[d].base = nil
            case .retype(_, let type):
                drafts[d].type = type
                drafts[d].base = nil
            case .merge(_, let into):
                guard let t = find(into), t != d else {
                    entries[n].note = "the entity \(into.name) (\(into.id)) to merge into no longer exists"
                    continue
                }
                drafts[t].members += drafts[d].members
                drafts[t].aliases += [drafts[d].name] + drafts[d].aliases
                drafts[t].roles += drafts[d].roles
                drafts[t].base = nil
                drafts[d].alive = false
                reshaped = true
                entries[n].entityID = drafts[t].id
            case .split(_, let mentions, let name, let type):
                if articlePositions == nil {
                    articlePositions = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
                }
                var wanted = Set<[Int]>()
                for m in mentions {
                    if let a = articlePositions?[m.articleId] { wanted.insert([a, m.start, m.end]) }
                }
                let moved = drafts[d].members.filter { member in
                    let mention = analyses[member.article].entityMentions[member.mention]
                    return wanted.contains([member.article, mention.start, mention.end])
                }
                guard !moved.isEmpty else {
                    entries[n].note = "none of its mentions are in the entity any more"
                    continue
                }
                drafts[d].members.removeAll { member in
                    let mention = analyses[member.article].entityMentions[member.mention]
                    return wanted.contains([member.article, mention.start, mention.end])
                }
                drafts[d].base = nil
                if drafts[d].members.isEmpty { drafts[d].alive = false }
                var id = StableID.make(type: type.rawValue, name: ArabicNormalizer.normalize(name))
                if takenIDs.contains(id) {
                    var k = 2
                    while takenIDs.contains(id + "-\(k)") { k += 1 }
                    id += "-\(k)"
                }
                takenIDs.insert(id)
                byID[id] = drafts.count
                drafts.append(Draft(id: id, name: name, type: type, aliases: [], roles: [], members: moved, base: nil))
                reshaped = true
                entries[n].entityID = id
            case .hide:
                drafts[d].alive = false
                reshaped = true
            }
            entries[n].applied = true
            if entries[n].entityID == nil { entries[n].entityID = drafts[d].id }
        }
        table = rebuilt(table, drafts: drafts, reshaped: reshaped, articles: articles, analyses: analyses)
    }

    /// The table of the live drafts: unchanged entities as they were, changed ones rebuilt from
    /// their mentions; the per-article lists and co-occurrences recomputed when mentions moved.
    private static func rebuilt(_ table: EntityTable, drafts: [Draft], reshaped: Bool,
                                articles: [Article], analyses: [ArticleAnalysis]) -> EntityTable {
        var next = table
        next.entities = []
        next.positions = [:]
        for draft in drafts where draft.alive {
            next.positions[draft.id] = next.entities.count
            if let base = draft.base {
                next.entities.append(table.entities[base])
            } else {
                next.entities.append(entity(of: draft, analyses: analyses))
            }
        }
        guard reshaped else { return next }
        next.mentionEntity = analyses.map { Array(repeating: -1, count: $0.entityMentions.count) }
        for (e, entity) in next.entities.enumerated() {
            for m in entity.mentions { next.mentionEntity[m.article][m.mention] = e }
        }
        (next.articleEntities, next.related) = EntityCooccurrence.compute(
            articles: articles, analyses: analyses, mentionEntity: next.mentionEntity, entityCount: next.entities.count)
        return next
    }

    /// A changed entity, its forms and roles numbered as `EntityTable` numbers them.
    private static func entity(of draft: Draft, analyses: [ArticleAnalysis]) -> CorpusEntity {
        var aliases: [String] = []
        var formIndex: [String: Int] = [draft.name: 0]
        func form(_ text: String) -> Int {
            if let known = formIndex[text] { return known }
            aliases.append(text)
            formIndex[text] = aliases.count
            return aliases.count
        }
        for alias in draft.aliases { _ = form(alias) }
        var roles: [String] = []
        var roleIndex: [String: Int] = [:]
        func role(_ text: String) -> Int {
            if let known = roleIndex[text] { return known }
            roles.append(text)
            roleIndex[text] = roles.count
            return roles.count
        }
        for r in draft.roles { _ = role(r) }
        let members = draft.members.sorted { ($0.article, $0.mention) < ($1.article, $1.mention) }
        var occurrences: [EntityOccurrence] = []
        occurrences.reserveCapacity(members.count)
        for member in members {
            let mention = analyses[member.article].entityMentions[member.mention]
            occurrences.append(EntityOccurrence(article: member.article, start: mention.start, end: mention.end,
                                                mention: member.mention, form: form(mention.name),
                                                role: mention.role.map(role) ?? 0))
        }
        return CorpusEntity(id: draft.id, name: draft.name, type: draft.type, aliases: aliases, roles: roles,
                            mentions: occurrences,
                            matchKeys: ([draft.name] + aliases).map(ArabicNormalizer.normalize))
    }
}

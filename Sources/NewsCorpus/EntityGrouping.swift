import ArabicText

/// One group of mentions that name the same entity, before ids are given.
struct EntityGroup {
    var name: String
    var type: EntityType
    var aliases: [String]
    var roles: [String]
    /// (article position, mention position in that article's analysis)
    var members: [(article: Int, mention: Int)]
    /// The grouping keys of its mentions (`ResolvedEntity.keys`).
    var keys: [String]
}

/// Groups the mentions of all articles into entities with ArabicText's resolver.
enum EntityGrouping {
    /// `scopes`: each article's id, the scope of its local names (`EntityResolver.keys(of:scope:)`).
    static func group(_ analyses: [ArticleAnalysis], scopes: [String]) -> [EntityGroup] {
        groupKeepingVariants(analyses, scopes: scopes).groups
    }

    /// The groups, and the person keys' counts and merge decisions, for updating after a write.
    static func groupKeepingVariants(_ analyses: [ArticleAnalysis], scopes: [String])
        -> (groups: [EntityGroup], variants: PersonVariantIndex) {
        let documents = Array(zip(analyses.lazy.map(\.entityMentions), scopes))
        let keys = ConcurrentMap.map(documents) { EntityResolver.keys(of: $0.0, scope: $0.1) }
        let mentions = documents.map(\.0)
        let (entities, variants) = EntityResolver.resolveKeepingVariants(mentions, keys: keys)
        let groups = entities.map { entity in
            EntityGroup(name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles,
                        members: entity.mentions.map { ($0.document, $0.mention) }, keys: entity.keys)
        }
        return (groups, variants)
    }
}

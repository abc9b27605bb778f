import ArabicText

/// One group of mentions that name the same entity, before ids are given.
struct EntityGroup {
    var name: String
    var type: EntityType
    var aliases: [String]
    var roles: [String]
    /// (article position, mention position in that article's analysis)
    var members: [(article: Int, mention: Int)]
}

/// Groups the mentions of all articles into entities with ArabicText's resolver.
enum EntityGrouping {
    static func group(_ analyses: [ArticleAnalysis]) -> [EntityGroup] {
        EntityResolver.resolve(analyses.map(\.entityMentions)).map { entity in
            EntityGroup(name: entity.name, type: entity.type, aliases: entity.aliases, roles: entity.roles,
                        members: entity.mentions.map { ($0.document, $0.mention) })
        }
    }
}

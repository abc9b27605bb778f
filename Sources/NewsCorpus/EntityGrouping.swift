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

/// Groups the mentions of all articles into entities. (Placeholder: exact normalised name and
/// type; the ArabicText resolver replaces it.)
enum EntityGrouping {
    static func group(_ analyses: [ArticleAnalysis]) -> [EntityGroup] {
        var positions: [String: Int] = [:]
        var groups: [EntityGroup] = []
        for (a, analysis) in analyses.enumerated() {
            for (m, mention) in analysis.entityMentions.enumerated() {
                let key = mention.type.rawValue + ":" + ArabicNormalizer.normalize(mention.name)
                if let g = positions[key] {
                    groups[g].members.append((a, m))
                    if let role = mention.role, !groups[g].roles.contains(role) { groups[g].roles.append(role) }
                } else {
                    positions[key] = groups.count
                    groups.append(EntityGroup(name: mention.name, type: mention.type, aliases: [],
                                              roles: mention.role.map { [$0] } ?? [], members: [(a, m)]))
                }
            }
        }
        return groups
    }
}

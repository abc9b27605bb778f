/// Per article, its entities in order of first mention, and per entity, the entities it shares
/// a sentence with (most shared first), from each mention's entity: for `EntityTable`, and again
/// when corrections move mentions between entities.
enum EntityCooccurrence {
    static func compute(articles: [Article], analyses: [ArticleAnalysis], mentionEntity: [[Int]],
                        entityCount: Int) -> (articleEntities: [[Int]], related: [[RelatedEntity]]) {
        var articleEntities: [[Int]] = Array(repeating: [], count: articles.count)
        var pairCounts: [[Int: Int]] = Array(repeating: [:], count: entityCount)
        for (a, article) in articles.enumerated() {
            var seen = Set<Int>()
            var order: [Int] = []
            var sentenceMembers: [Int: Set<Int>] = [:]
            for (m, mention) in analyses[a].entityMentions.enumerated() {
                let e = mentionEntity[a][m]
                guard e >= 0 else { continue }
                if seen.insert(e).inserted { order.append(e) }
                if let s = SentenceLookup.sentence(containing: mention.start, in: article.sentences) {
                    sentenceMembers[s, default: []].insert(e)
                }
            }
            articleEntities[a] = order.compacted()
            for members in sentenceMembers.values where members.count > 1 {
                for x in members {
                    for y in members where y != x { pairCounts[x][y, default: 0] += 1 }
                }
            }
        }
        let related = pairCounts.map { counts in
            counts.map { RelatedEntity(entity: $0.key, count: $0.value) }
                .sorted { ($0.count, -$0.entity) > ($1.count, -$1.entity) }
        }
        return (articleEntities, related)
    }
}

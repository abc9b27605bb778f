/// Per article, its entities in order of first mention, and per entity, the entities it shares
/// a sentence with (most shared first), from each mention's entity: for `EntityTable`, and again
/// when corrections move mentions between entities.
enum EntityCooccurrence {
    static func compute(articles: [Article], analyses: [ArticleAnalysis], mentionEntity: [[Int]],
                        entityCount: Int) -> (articleEntities: [[Int]], related: PackedLists<RelatedEntity>) {
        var articleEntities: [[Int]] = Array(repeating: [], count: articles.count)
        // Every (entity, other) sentence pair as one word, sorted, then counted in runs: one
        // large array instead of a dictionary per entity (58k small allocations at 31k
        // articles, whose freed places stayed resident after the build).
        var pairs: [UInt64] = []
        for (a, article) in articles.enumerated() {
            articleEntities[a] = Self.article(article, analyses[a], mentionEntity: mentionEntity[a]) { x, y in
                pairs.append(UInt64(x) << 32 | UInt64(y))
            }
        }
        pairs.sort()
        var related = PackedLists<RelatedEntity>(absentCount: 0)
        var run: [RelatedEntity] = []
        var i = 0
        for x in 0..<entityCount {
            run.removeAll(keepingCapacity: true)
            while i < pairs.count, Int(pairs[i] >> 32) == x {
                let pair = pairs[i]
                var n = 0
                while i < pairs.count, pairs[i] == pair { n += 1; i += 1 }
                run.append(RelatedEntity(entity: Int(pair & 0xFFFF_FFFF), count: n))
            }
            related.append(Self.ordered(run))
        }
        return (articleEntities, related.packed())
    }

    /// One article's entities in order of first mention; `pair` is called once for each ordered
    /// pair of distinct entities per sentence they share.
    static func article(_ article: Article, _ analysis: ArticleAnalysis, mentionEntity: [Int],
                        pair: (Int, Int) -> Void) -> [Int] {
        var seen = Set<Int>()
        var order: [Int] = []
        var sentenceMembers: [Int: Set<Int>] = [:]
        for (m, mention) in analysis.entityMentions.enumerated() {
            let e = mentionEntity[m]
            guard e >= 0 else { continue }
            if seen.insert(e).inserted { order.append(e) }
            if let s = SentenceLookup.sentence(containing: mention.start, in: article.sentences) {
                sentenceMembers[s, default: []].insert(e)
            }
        }
        for members in sentenceMembers.values where members.count > 1 {
            for x in members {
                for y in members where y != x { pair(x, y) }
            }
        }
        return order.compacted()
    }

    /// An entity's related list from its pair counts: most shared first, then by position.
    static func sorted(_ counts: [Int: Int]) -> [RelatedEntity] {
        ordered(counts.map { RelatedEntity(entity: $0.key, count: $0.value) })
    }

    /// `related` most shared first, then by position.
    static func ordered(_ related: [RelatedEntity]) -> [RelatedEntity] {
        related.sorted { ($0.count, -$0.entity) > ($1.count, -$1.entity) }
    }
}

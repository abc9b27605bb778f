import ArabicText

extension Corpus {
    /// The keys of the articles whose analyses an analysis cache keeps (the dated ones), in order.
    public var analysisKeys: [AnalysisKey] {
        ConcurrentMap.map(articles) { AnalysisKey(article: $0) }.compactMap { $0 }
    }

    /// An analysis cache of every dated article, its analysis rebuilt from the stored form as the
    /// analysers found it (corrections set aside, as `analyses` does), one article at a time:
    /// what a later start-up reuses instead of analysing again.
    public func analysisCache(fingerprint: AnalysisFingerprint = .current) -> AnalysisCacheWriter {
        analysisCache(fingerprint: fingerprint, where: nil)
    }

    /// `analysisCache(fingerprint:)` of the articles whose keys `wanted` holds (all when nil).
    private func analysisCache(fingerprint: AnalysisFingerprint, where wanted: Set<AnalysisKey>?) -> AnalysisCacheWriter {
        var writer = AnalysisCacheWriter(fingerprint: fingerprint)
        let table = resolvedEntities ?? entities
        // Every occurrence as (entity, index in its mentions), grouped by article (counting sort).
        var starts = [Int](repeating: 0, count: articles.count + 1)
        for entity in table {
            for o in entity.mentions { starts[o.article + 1] += 1 }
        }
        for a in articles.indices { starts[a + 1] += starts[a] }
        var fill = starts
        var slots = [(entity: Int32, occurrence: Int32)](repeating: (0, 0), count: starts[articles.count])
        for (e, entity) in table.enumerated() {
            for (k, o) in entity.mentions.enumerated() {
                slots[fill[o.article]] = (Int32(e), Int32(k))
                fill[o.article] += 1
            }
        }
        for (a, article) in articles.enumerated() {
            guard let key = AnalysisKey(article: article), wanted?.contains(key) ?? true else { continue }
            var found: [(mention: Int, value: EntityMention)] = []
            found.reserveCapacity(starts[a + 1] - starts[a])
            for (e, k) in slots[starts[a]..<starts[a + 1]] {
                let entity = table[Int(e)]
                let o = entity.mentions[Int(k)]
                found.append((o.mention, Self.mention(o, of: entity)))
            }
            found.sort { $0.mention < $1.mention }
            writer.add(ArticleAnalysis(entityMentions: found.map(\.value), dateMentions: dateMentions(of: a)), key: key)
        }
        return writer
    }

    /// An analysis cache of the dated articles whose keys are in `keys` only (what the cache's
    /// append log takes after writes): each article's mentions are found through its own
    /// entities, not by walking every entity's mentions.
    public func analysisCache(fingerprint: AnalysisFingerprint = .current, only keys: Set<AnalysisKey>) -> AnalysisCacheWriter {
        // With corrections applied, `articleEntities` lists the corrected table's entities.
        guard resolvedEntities == nil else { return analysisCache(fingerprint: fingerprint, where: keys) }
        var writer = AnalysisCacheWriter(fingerprint: fingerprint)
        for (a, article) in articles.enumerated() {
            guard let key = AnalysisKey(article: article), keys.contains(key) else { continue }
            var found: [(mention: Int, value: EntityMention)] = []
            for e in articleEntities[a] {
                let entity = entities[Int(e)]
                for o in entity.mentions(inArticle: a) {
                    found.append((o.mention, Self.mention(o, of: entity)))
                }
            }
            found.sort { $0.mention < $1.mention }
            writer.add(ArticleAnalysis(entityMentions: found.map(\.value), dateMentions: dateMentions(of: a)), key: key)
        }
        return writer
    }
}

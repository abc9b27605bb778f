import ArabicText

extension Corpus {
    /// This corpus with `added` (analysed: `analyses`) appended, the entity table updated from
    /// the new articles' mentions instead of resolved again, the timeline regrouped only where
    /// it can change (`TimelineBuilder.appending`). Nil when only a full build is exact:
    /// corrections in the log, or a person-merge decision that changes (`EntityTable.appending`).
    public func appending(_ added: [Article], analyses: [ArticleAnalysis]) -> Corpus? {
        guard corrections.isEmpty, !added.isEmpty else { return nil }
        let first = articles.count
        guard let table = EntityTable.appending(added, analyses: analyses, at: first, to: entities, positions: entityPositions,
                                                related: relatedLists, resolution: resolution) else { return nil }
        let nextArticles = articles + added
        var positions = articlePositions
        var urls = urlPositions
        var hijri = hijriDates
        for (k, article) in added.enumerated() {
            positions.set(article.id, first + k) { nextArticles[$0].id }
            if let url = article.url, !url.isEmpty { urls.add(url, first + k) { nextArticles[$0].url } }
            for m in analyses[k].dateMentions { if let h = m.hijri { hijri[Self.hijriKey(first + k, m.start)] = h } }
        }
        let nextArticleEntities = self.articleEntities.appending(table.articleEntities.map { $0.map(Int32.init) })
        let timeline = TimelineBuilder.appending(
            events: self.events, pool: eventEntities, state: timelineState, articles: nextArticles, first: first,
            analyses: analyses, mentionEntity: table.mentionEntity, articleEntities: { Array(nextArticleEntities[$0]) },
            articleEvents: { Array(self.articleEvents[$0]) }, entities: table.entities, reformed: table.reformed)
        let articleEvents = Self.articleEvents(timeline.events, articleCount: nextArticles.count)
        let newDates = (first..<nextArticles.count).flatMap { articleEvents[$0].map { timeline.events[Int($0)].date } }
        return Corpus(articles: nextArticles, entities: table.entities, related: table.related,
                      articleEntities: nextArticleEntities, events: timeline.events, eventEntities: timeline.pool,
                      articleEvents: articleEvents,
                      dates: dates.appending(analyses.lazy.map { $0.dateMentions.map(StoredDateMention.init) }),
                      hijriDates: hijri, articlePositions: positions, urlPositions: urls, entityPositions: table.positions,
                      resolution: table.resolution, timelineState: timeline.state,
                      timelineTally: timelineTally.adding(newDates), appendedTo: self)
    }
}

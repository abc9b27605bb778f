import ArabicText

/// Builds the timeline: one event per dated sentence and date, the sentence's entities, and
/// groups of events that report the same happening in several articles (`EventGrouping`).
struct TimelineBuilder {
    var events: [TimelineEvent] = []
    /// The entity lists of the events' sentences, end to end (see `TimelineEvent.entityStart`).
    var entityPool: [Int32] = []
    /// The article ids, by position (for ordering and sources).
    private let articleIds: [String]

    /// `entityForms`: each entity's name and aliases, for telling whether an article names it.
    init(articles: [Article], analyses: [ArticleAnalysis], mentionEntity: [[Int]], entityForms: [[String]]) {
        articleIds = articles.map(\.id)
        for (a, article) in articles.enumerated() {
            let analysis = analyses[a]
            var offsets: ScalarOffsets?
            var emitted = Set<String>()
            var sentenceEntities: [Int: Range<Int>] = [:]
            for mention in analysis.dateMentions {
                guard let value = mention.value else { continue }
                guard let s = SentenceLookup.sentence(containing: mention.start, in: article.sentences) else { continue }
                // One event per sentence and distinct date.
                guard emitted.insert("\(s)|\(value)").inserted else { continue }
                let sentence = article.sentences[s]
                if offsets == nil { offsets = ScalarOffsets(article.text) }
                let entities: Range<Int>
                if let known = sentenceEntities[s] {
                    entities = known
                } else {
                    let first = entityPool.count
                    for (m, em) in analysis.entityMentions.enumerated() where sentence.contains(em.start) {
                        let e = Int32(mentionEntity[a][m])
                        if e >= 0 && !entityPool[first...].contains(e) { entityPool.append(e) }
                    }
                    entities = first..<entityPool.count
                    sentenceEntities[s] = entities
                }
                events.append(TimelineEvent(
                    date: value, article: a, expression: TextSpan(start: mention.start, end: mention.end),
                    sentence: sentence, offsets: offsets!, isRelative: mention.isRelative,
                    entities: entities))
            }
        }
        events.sort { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.date.precision != b.date.precision { return a.date.precision.rank < b.date.precision.rank }
            return (articleIds[a.article], a.start) < (articleIds[b.article], b.start)
        }
        assignGroups(articles: articles, mentionEntity: mentionEntity, entityForms: entityForms)
    }

    /// Events with the same date reporting one happening share a group (see `EventGrouping`),
    /// numbered by its first event; every event lists the articles of its group (`sources`).
    private mutating func assignGroups(articles: [Article], mentionEntity: [[Int]], entityForms: [[String]]) {
        let pool = entityPool
        let events = self.events
        let grouping = EventGrouping(
            entities: events.map { e in
                let start = Int(e.entityStart)
                return Array(Set(pool[start..<(start + Int(e.entityCount))])).sorted()
            },
            articles: events.map(\.article),
            articleEntities: mentionEntity.map { Set($0.lazy.filter { $0 >= 0 }.map { Int32($0) }) },
            entityWords: { e in
                guard Int(e) < entityForms.count else { return [] }
                return Set(entityForms[Int(e)].flatMap { Tokenizer.tokens(in: $0).map(\.normalized) }
                    .filter { $0.unicodeScalars.count >= 4 })
            },
            words: { x in
                // The sentence's words outside the date expression (which agrees by construction).
                let e = events[x]
                let from = e.expressionStart - e.start, to = e.expressionEnd - e.start
                var out: [String] = []
                Tokenizer.forEachKey(in: Array(e.sentenceUTF8.text(in: articles[e.article].text).unicodeScalars)) { key, range in
                    if range.upperBound <= from || range.lowerBound >= to { out.append(key) }
                }
                return out
            })
        let group = grouping.groups(dates: events.map(\.date))
        var articlesOfGroup: [Int: [String]] = [:]
        // (group, article) pairs already listed: a linear `contains` per event made large
        // groups quadratic.
        var listed = Set<Int64>()
        for x in events.indices {
            let g = group[x]
            let a = events[x].article
            if listed.insert(Int64(g) << 32 | Int64(a)).inserted {
                articlesOfGroup[g, default: []].append(articleIds[a])
            }
        }
        // One array per group, shared by its events (copy-on-write storage). A group of one
        // article keeps none.
        let sources = articlesOfGroup.mapValues { $0.count > 1 ? $0.compacted() : [] }
        for x in events.indices {
            self.events[x] = events[x].grouped(group[x], sources: sources[group[x]] ?? [])
        }
    }
}

extension TemporalValue.Precision {
    /// Finer precisions sort after coarser ones on the same start.
    var rank: Int {
        switch self {
        case .decade: 0
        case .year: 1
        case .month: 2
        case .day: 3
        }
    }
}

import ArabicText

/// Builds the timeline: one event per dated sentence and date, the sentence's entities, and
/// groups of events that report the same happening in several articles.
struct TimelineBuilder {
    var events: [TimelineEvent] = []
    /// The entity lists of the events' sentences, end to end (see `TimelineEvent.entityStart`).
    var entityPool: [Int32] = []
    /// The article ids, by position (for ordering and sources).
    private let articleIds: [String]

    /// The type of each corpus entity, by position.
    let entityTypes: [EntityType]

    init(articles: [Article], analyses: [ArticleAnalysis], mentionEntity: [[Int]], entityTypes: [EntityType]) {
        self.entityTypes = entityTypes
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
        assignGroups()
    }

    /// Events with the same date value are one happening reported several times when their
    /// sentences share enough entities (see `sameHappening`); each group is numbered by its first
    /// event, and every event lists the articles of its group (`sources`).
    /// Linear in the events: events are bucketed by the entities (for a day) or entity pairs
    /// (for coarser dates) they share, and each bucket is united — never compared pairwise,
    /// since thousands of events can share a year.
    private mutating func assignGroups() {
        var i = 0
        while i < events.count {
            var j = i
            while j < events.count && events[j].date == events[i].date { j += 1 }
            var parent = Array(i..<j)
            func find(_ x: Int) -> Int {
                var x = x
                while parent[x - i] != x {
                    parent[x - i] = parent[parent[x - i] - i]
                    x = parent[x - i]
                }
                return x
            }
            func unite(_ x: Int, _ y: Int) {
                let rx = find(x), ry = find(y)
                if rx != ry { parent[max(rx, ry) - i] = min(rx, ry) }
            }
            var firstWithKey: [SharedKey: Int] = [:]
            for x in i..<j {
                for key in sharedKeys(events[x]) {
                    if let first = firstWithKey[key] { unite(first, x) } else { firstWithKey[key] = x }
                }
            }
            var articlesOfGroup: [Int: [String]] = [:]
            // (group, article) pairs already listed: a linear `contains` per event made large
            // groups quadratic.
            var listed = Set<Int64>()
            for x in i..<j {
                let g = find(x)
                let a = events[x].article
                if listed.insert(Int64(g) << 32 | Int64(a)).inserted {
                    articlesOfGroup[g, default: []].append(articleIds[a])
                }
            }
            // One array per group, shared by its events (copy-on-write storage): a group can hold
            // thousands of events, and a copy per event made memory quadratic. A group of one
            // article keeps none.
            let sources = articlesOfGroup.mapValues { $0.count > 1 ? $0.compacted() : [] }
            for x in i..<j {
                let g = find(x)
                events[x] = events[x].grouped(g, sources: sources[g] ?? [])
            }
            i = j
        }
    }

    /// What two events must share to be one happening: one entity (as `.one`) for a day, a pair
    /// of entities with a person or an organisation among them (as `.pair`) for coarser dates.
    private enum SharedKey: Hashable {
        case one(Int)
        case pair(Int, Int)
    }

    private func sharedKeys(_ event: TimelineEvent) -> [SharedKey] {
        let start = Int(event.entityStart)
        let entities = Array(Set(entityPool[start..<(start + Int(event.entityCount))].map { Int($0) })).sorted()
        if event.date.precision == .day { return entities.map { .one($0) } }
        var keys: [SharedKey] = []
        for (n, a) in entities.enumerated() {
            for b in entities[(n + 1)...] where entityTypes[a] != .location || entityTypes[b] != .location {
                keys.append(.pair(a, b))
            }
        }
        return keys
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

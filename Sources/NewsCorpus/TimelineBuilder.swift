import ArabicText

/// Builds the timeline: one event per dated sentence and date, the sentence's entities, and
/// groups of events that report the same happening in several articles.
struct TimelineBuilder {
    var events: [TimelineEvent] = []
    var unanchored: [(articleId: String, mention: TemporalMention)] = []

    /// The type of each corpus entity, by position.
    let entityTypes: [EntityType]

    init(articles: [Article], analyses: [ArticleAnalysis], mentionEntity: [[Int]], entityTypes: [EntityType]) {
        self.entityTypes = entityTypes
        for (a, article) in articles.enumerated() {
            let analysis = analyses[a]
            var scalars: [Unicode.Scalar]?
            var emitted = Set<String>()
            for mention in analysis.dateMentions {
                guard let value = mention.value else {
                    if mention.isRelative { unanchored.append((article.id, mention)) }
                    continue
                }
                guard let s = SentenceLookup.sentence(containing: mention.start, in: article.sentences) else { continue }
                // One event per sentence and distinct date.
                guard emitted.insert("\(s)|\(value)").inserted else { continue }
                let sentence = article.sentences[s]
                if scalars == nil { scalars = Array(article.text.unicodeScalars) }
                var entities: [Int] = []
                for (m, em) in analysis.entityMentions.enumerated() where sentence.contains(em.start) {
                    let e = mentionEntity[a][m]
                    if e >= 0 && !entities.contains(e) { entities.append(e) }
                }
                events.append(TimelineEvent(
                    date: value, articleId: article.id, expression: mention.expression,
                    expressionStart: mention.start, expressionEnd: mention.end,
                    text: String(String.UnicodeScalarView(scalars![sentence.start..<sentence.end])),
                    start: sentence.start, end: sentence.end, isRelative: mention.isRelative,
                    entities: entities, group: 0))
            }
        }
        events.sort { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.date.precision != b.date.precision { return a.date.precision.rank < b.date.precision.rank }
            return (a.articleId, a.start) < (b.articleId, b.start)
        }
        assignGroups()
    }

    /// Events with the same date value from different articles are one happening reported
    /// several times when their sentences share enough entities (see `sameHappening`); each
    /// group is numbered by its first event.
    private mutating func assignGroups() {
        var i = 0
        while i < events.count {
            var j = i
            while j < events.count && events[j].date == events[i].date { j += 1 }
            // Union-find over the events of one date.
            var parent = Array(i..<j)
            func find(_ x: Int) -> Int {
                var x = x
                while parent[x - i] != x { x = parent[x - i] }
                return x
            }
            for x in i..<j {
                for y in (x + 1)..<j where events[x].articleId != events[y].articleId
                    && sameHappening(events[x], events[y]) {
                    let rx = find(x), ry = find(y)
                    if rx != ry { parent[max(rx, ry) - i] = min(rx, ry) }
                }
            }
            for x in i..<j { events[x].group = find(x) }
            i = j
        }
    }
}

extension TimelineBuilder {
    /// Whether two same-date events from different articles report one happening: a day's
    /// events need one shared entity; coarser dates (a month, a year, a decade hold many
    /// happenings) need two, one of them a person or an organisation.
    func sameHappening(_ a: TimelineEvent, _ b: TimelineEvent) -> Bool {
        let shared = Set(a.entities).intersection(b.entities)
        if a.date.precision == .day { return !shared.isEmpty }
        return shared.count >= 2 && shared.contains { entityTypes[$0] != .location }
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

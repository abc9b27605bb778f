import ArabicText

/// Builds the timeline: one event per dated sentence and date, the sentence's entities, and
/// groups of events that report the same happening in several articles (`EventGrouping`).
struct TimelineBuilder {
    var events: [TimelineEvent] = []
    /// The entity lists of the events' sentences, end to end (see `TimelineEvent.entityStart`).
    var entityPool: [Int32] = []
    /// What grouping keeps for appending articles (`TimelineBuilder.appending`).
    var state: TimelineState

    /// `entityForms`: each entity's name and aliases, for telling whether an article names it.
    init(articles: [Article], analyses: [ArticleAnalysis], mentionEntity: [[Int]], entityForms: [[String]]) {
        var events: [TimelineEvent] = []
        var pool: [Int32] = []
        for (a, article) in articles.enumerated() {
            Self.addEvents(of: article, at: a, analysis: analyses[a], mentionEntity: mentionEntity[a], to: &events, pool: &pool)
        }
        events.sort(by: Self.order(articles))
        let articleEntities = mentionEntity.map { Set($0.lazy.filter { $0 >= 0 }.map { Int32($0) }) }
        var lookups = EventLookups(articleEntities: { articleEntities[$0] },
                                   entityForms: { Int($0) < entityForms.count ? entityForms[Int($0)] : [] })
        var state = TimelineState(terms: SentenceTerms(), candidateCount: 0,
                                  runs: RunLists(absentCount: events.count),
                                  margins: Array(repeating: .infinity, count: events.count),
                                  near: PackedLists(absentCount: events.count),
                                  agreeing: PackedLists(absentCount: events.count))
        let buckets = Self.buckets(events)
        let groupings = buckets.map { Self.grouping($0, events: events, pool: pool) }
        // The candidates, in the order their words are numbered; their words are worked out a
        // block at a time, each article's text decoded once a block.
        var candidates: [Int] = []
        for (range, grouping) in zip(buckets, groupings) {
            candidates += grouping.candidates().sorted().map { range.lowerBound + $0 }
        }
        for start in stride(from: 0, to: candidates.count, by: Self.wordBlock) {
            let block = Array(candidates[start..<min(candidates.count, start + Self.wordBlock)])
            for (x, words) in zip(block, Self.words(of: block, events: events, articles: articles)) {
                let runs = state.terms.runs(of: words)
                state.terms.count(runs, by: 1)
                state.runs.replace(x, with: runs)
                state.candidateCount += 1
            }
        }
        for (range, grouping) in zip(buckets, groupings) {
            Self.group(range, grouping, recompute: Array(repeating: true, count: range.count),
                       again: Array(repeating: [], count: range.count), cached: Array(repeating: [], count: range.count),
                       keptNear: Array(repeating: [], count: range.count), events: &events, state: &state,
                       articles: articles, lookups: &lookups)
        }
        state.runs = state.runs.packed()
        state.near = state.near.packed()
        state.agreeing = state.agreeing.packed()
        self.events = events
        entityPool = pool
        self.state = state
    }

    /// Appends the events of `article` (at position `a`), unsorted, and their sentences' entities.
    static func addEvents(of article: Article, at a: Int, analysis: ArticleAnalysis, mentionEntity: [Int],
                          to events: inout [TimelineEvent], pool entityPool: inout [Int32]) {
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
                    let e = Int32(mentionEntity[m])
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

    /// Timeline order: date, coarser precision first, then article id and sentence. A total
    /// order: `TemporalValue`'s `<` ignores the precision, so a year and a decade that start
    /// together (1990, 199X) are ordered by precision, not left to the sort.
    static func order(_ articles: [Article]) -> (TimelineEvent, TimelineEvent) -> Bool {
        { a, b in
            if a.date < b.date { return true }
            if b.date < a.date { return false }
            if a.date.precision != b.date.precision { return a.date.precision.rank < b.date.precision.rank }
            return (articles[a.article].id, a.start) < (articles[b.article].id, b.start)
        }
    }

    /// The runs of events with the same date value and precision (sorted events).
    static func buckets(_ events: [TimelineEvent]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < events.count {
            var j = i
            while j < events.count && events[j].date == events[i].date && events[j].date.precision == events[i].date.precision { j += 1 }
            out.append(i..<j)
            i = j
        }
        return out
    }

    /// The grouping of one bucket of events.
    static func grouping(_ range: Range<Int>, events: [TimelineEvent], pool: [Int32]) -> EventGrouping {
        EventGrouping(entities: range.map { x in
                          let start = Int(events[x].entityStart)
                          return Array(Set(pool[start..<(start + Int(events[x].entityCount))])).sorted()
                      },
                      articles: range.map { events[$0].article })
    }

    /// Candidates whose words are worked out together (`words(of:events:articles:)`).
    static let wordBlock = 4096

    /// The words of each of the events at `block` (positions in `events`), in that order: the
    /// events grouped by article, on all cores, each article's text decoded once.
    static func words(of block: [Int], events: [TimelineEvent], articles: [Article]) -> [[String]] {
        let sorted = block.indices.sorted { (events[block[$0]].article, $0) < (events[block[$1]].article, $1) }
        var groups: [[Int]] = []
        for slot in sorted {
            if let last = groups.last?.last, events[block[last]].article == events[block[slot]].article {
                groups[groups.count - 1].append(slot)
            } else {
                groups.append([slot])
            }
        }
        let found = ConcurrentMap.map(groups) { slots -> [[String]] in
            let text = articles[events[block[slots[0]]].article].text
            return slots.map { words(events[block[$0]], text: text) }
        }
        var out = [[String]](repeating: [], count: block.count)
        for (slots, words) in zip(groups, found) {
            for (slot, w) in zip(slots, words) { out[slot] = w }
        }
        return out
    }

    /// The sentence's words outside the date expression (which agrees by construction).
    static func words(_ e: TimelineEvent, articles: [Article]) -> [String] {
        words(e, text: articles[e.article].text)
    }

    /// `words(_:articles:)` given the event's article's `text`.
    static func words(_ e: TimelineEvent, text: String) -> [String] {
        let from = e.expressionStart - e.start, to = e.expressionEnd - e.start
        var out: [String] = []
        Tokenizer.forEachKey(in: Array(e.sentenceUTF8.text(in: text).unicodeScalars)) { key, range in
            if range.upperBound <= from || range.lowerBound >= to { out.append(key) }
        }
        return out
    }

    /// Groups the events of one bucket (see `EventGrouping`), numbered by their first event;
    /// every event lists the articles of its group (`sources`). Compares the pairs with an event
    /// that `recompute` marks and those `again` lists, takes the others' agreement from `cached`
    /// (local positions of the earlier events each agrees with); records what it found in
    /// `state`, with the near pairs of the events not marked that were not compared (`keptNear`).
    static func group(_ range: Range<Int>, _ grouping: EventGrouping, recompute: [Bool], again: [[Int]], cached: [[Int]],
                      keptNear: [[NearPair]], events: inout [TimelineEvent], state: inout TimelineState,
                      articles: [Article], lookups: inout EventLookups) {
        let terms = state.terms, n = state.candidateCount, runs = state.runs
        var vectors = [[(term: Int32, weight: Float)]?](repeating: nil, count: range.count)
        func vector(_ local: Int) -> [(term: Int32, weight: Float)] {
            if let v = vectors[local] { return v }
            let v = runs[range.lowerBound + local].map { terms.vector($0, n: n) } ?? []
            vectors[local] = v
            return v
        }
        let (agreeing, margins, near) = grouping.agreements(recompute: recompute, again: again, cached: cached,
                                                            cosine: { SentenceTerms.cosine(vector($0), vector($1)) },
                                                            lookups: &lookups)
        let group = grouping.groups(agreeing: agreeing)
        for (local, x) in range.enumerated() {
            state.margins[x] = recompute[local] ? margins[local] : min(state.margins[x], margins[local])
            state.agreeing.replace(x, with: agreeing[local].map { Int32(local - $0) })
            state.near.replace(x, with: keptNear[local] + near[local].map {
                NearPair(back: Int32(local - $0.y), distance: Float($0.distance), sharesTwo: $0.sharesTwo)
            })
        }
        var articlesOfGroup: [Int: [String]] = [:]
        // (group, article) pairs already listed: a linear `contains` per event made large
        // groups quadratic.
        var listed = Set<Int64>()
        for (local, x) in range.enumerated() {
            let a = events[x].article
            if listed.insert(Int64(group[local]) << 32 | Int64(a)).inserted {
                articlesOfGroup[group[local], default: []].append(articles[a].id)
            }
        }
        // One array per group, shared by its events (copy-on-write storage). A group of one
        // article keeps none.
        let sources = articlesOfGroup.mapValues { $0.count > 1 ? $0.compacted() : [] }
        for (local, x) in range.enumerated() {
            events[x] = events[x].grouped(range.lowerBound + group[local], sources: sources[group[local]] ?? [])
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

import Foundation

extension TimelineBuilder {
    /// The timeline with the events of the appended articles (positions `first…` of `articles`)
    /// merged in, regrouping only the date buckets whose decisions can change; equal to
    /// building the timeline again (`init`).
    ///
    /// A bucket keeps its groups when none of its events is new, no event of it names an entity
    /// that gained a form, and its margin (the smallest distance of a cosine it compared to a
    /// threshold) exceeds what the IDF weights can have moved its cosines since. A weight moves
    /// by the factor (idf + Δ) / idf with idf ≥ 1, so by at most |Δ| relatively; a unit vector
    /// then turns by at most asin |Δ| and a cosine of two moves by at most 2.2 |Δ| (|Δ| ≤ 0.4).
    static func appending(events old: [TimelineEvent], pool: [Int32], state old0: TimelineState,
                          articles: [Article], first: Int, analyses: [ArticleAnalysis], mentionEntity: [[Int]],
                          articleEntities: (Int) -> [Int32], articleEvents: (Int) -> [Int32],
                          entities: [CorpusEntity], reformed: Set<Int>)
        -> (events: [TimelineEvent], pool: [Int32], state: TimelineState) {
        var pool = pool
        var fresh: [TimelineEvent] = []
        for (k, analysis) in analyses.enumerated() {
            addEvents(of: articles[first + k], at: first + k, analysis: analysis, mentionEntity: mentionEntity[k],
                      to: &fresh, pool: &pool)
        }
        let precedes = Self.order(articles)
        fresh.sort(by: precedes)

        // Merge; `origin` is the old position, or -1 for a new event.
        var events: [TimelineEvent] = []
        var origin: [Int] = []
        events.reserveCapacity(old.count + fresh.count)
        origin.reserveCapacity(old.count + fresh.count)
        var i = 0, j = 0
        while i < old.count || j < fresh.count {
            if j == fresh.count || i < old.count && precedes(old[i], fresh[j]) {
                events.append(old[i]); origin.append(i); i += 1
            } else {
                events.append(fresh[j]); origin.append(-1); j += 1
            }
        }
        var newPosition = [Int](repeating: 0, count: old.count)
        for (x, o) in origin.enumerated() where o >= 0 { newPosition[o] = x }

        var state = old0
        state.runs = origin.map { $0 >= 0 ? old0.runs[$0] : nil }
        state.margins = origin.map { $0 >= 0 ? old0.margins[$0] : -.infinity }
        let buckets = Self.buckets(events)
        var bucketOf = [Int](repeating: 0, count: events.count)
        for (b, range) in buckets.enumerated() { for x in range { bucketOf[x] = b } }
        var regroup = Set<Int>()
        for (b, range) in buckets.enumerated() where range.contains(where: { origin[$0] < 0 }) { regroup.insert(b) }

        // Candidates of the buckets with new events, and the document frequencies they change.
        let oldTermCount = old0.terms.documentFrequency.count
        var previousFrequency: [Int32: Int32] = [:]
        func recount(_ runs: [TermRun], by delta: Int32) {
            guard SentenceTerms.isCounted(runs) else { return }
            for r in runs where Int(r.term) < oldTermCount && previousFrequency[r.term] == nil {
                previousFrequency[r.term] = state.terms.documentFrequency[Int(r.term)]
            }
            state.terms.count(runs, by: delta)
        }
        var groupings: [Int: EventGrouping] = [:]
        for b in regroup {
            let grouping = Self.grouping(buckets[b], events: events, pool: pool)
            groupings[b] = grouping
            let candidates = grouping.candidates()
            for (local, x) in buckets[b].enumerated() {
                let was = state.runs[x]
                if candidates.contains(local), was == nil {
                    let runs = state.terms.runs(of: words(events[x], articles: articles))
                    recount(runs, by: 1)
                    state.runs[x] = runs
                    state.candidateCount += 1
                } else if !candidates.contains(local), let was {
                    recount(was, by: -1)
                    state.runs[x] = nil
                    state.candidateCount -= 1
                }
            }
        }

        // How far each kept bucket's cosines can have moved.
        func idfShift(_ df0: Int32, _ df1: Int32) -> Double {
            let n0 = Double(max(old0.candidateCount, 1)), n1 = Double(max(state.candidateCount, 1))
            return abs(log((n1 + 1) / Double(df1 + 1)) - log((n0 + 1) / Double(df0 + 1)))
        }
        let uniform = idfShift(0, 0)
        var shift: [Int32: Double] = [:]
        for (term, df0) in previousFrequency {
            let df1 = state.terms.documentFrequency[Int(term)]
            if df1 != df0 { shift[term] = idfShift(df0, df1) }
        }
        var bucketShift = [Double](repeating: uniform, count: buckets.count)
        if !shift.isEmpty {
            for x in events.indices where !regroup.contains(bucketOf[x]) {
                guard let runs = state.runs[x], SentenceTerms.isCounted(runs) else { continue }
                for r in runs { if let s = shift[r.term], s > bucketShift[bucketOf[x]] { bucketShift[bucketOf[x]] = s } }
            }
        }
        for (b, range) in buckets.enumerated() where !regroup.contains(b) {
            let s = bucketShift[b]
            let moved = s > 0.4 ? Double.infinity : 2.2 * s + (s > 0 ? 1e-6 : 0)
            let left = state.margins[range.lowerBound] - moved
            if left <= 1e-5 { regroup.insert(b) } else { for x in range { state.margins[x] = left } }
        }
        // Buckets with an event in an article naming an entity that gained a form.
        for e in reformed {
            for a in entities[e].articles where Int(a) < first {
                for x in articleEvents(Int(a)) { regroup.insert(bucketOf[newPosition[Int(x)]]) }
            }
        }

        // Kept buckets: their groups move with their first event.
        for (b, range) in buckets.enumerated() where !regroup.contains(b) {
            let moved = range.lowerBound - origin[range.lowerBound]
            if moved != 0 {
                for x in range { events[x] = events[x].grouped(events[x].group + moved, sources: events[x].groupSources) }
            }
        }
        // The others, grouped again.
        var sets: [Int: Set<Int32>] = [:]
        for b in regroup { for x in buckets[b] where sets[events[x].article] == nil {
            sets[events[x].article] = Set(articleEntities(events[x].article))
        } }
        let articleSets = sets
        var lookups = EventLookups(articleEntities: { articleSets[$0] ?? [] },
                                   entityForms: { Int($0) < entities.count ? [entities[Int($0)].name] + entities[Int($0)].aliases : [] })
        for b in regroup.sorted() {
            let grouping = groupings[b] ?? Self.grouping(buckets[b], events: events, pool: pool)
            group(buckets[b], grouping, events: &events, state: &state, articles: articles, lookups: &lookups)
        }
        return (events, pool, state)
    }
}

import Foundation

extension TimelineBuilder {
    /// The timeline with the events of the appended articles (positions `first…` of `articles`)
    /// merged in, comparing again only the pairs of events whose decisions can change; equal to
    /// building the timeline again (`init`).
    ///
    /// A pair of old events keeps its decision (agree or not) unless a weight change may have
    /// moved its cosine across a threshold (`TimelineDrift`), an event of its date names an
    /// entity that gained a form, or an entity of its date stopped being salient there; the
    /// last two compare every pair of the date again. Pairs with a new event are compared, and
    /// the greedy grouping of a date with a new or compared event runs again on the agreements.
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
        state.runs = old0.runs.reordered(origin)
        state.margins = origin.map { $0 >= 0 ? old0.margins[$0] : .infinity }
        state.agreeing = old0.agreeing.reordered(origin)
        state.near = old0.near.reordered(origin)
        let buckets = Self.buckets(events)
        var bucketOf = [Int](repeating: 0, count: events.count)
        for (b, range) in buckets.enumerated() { for x in range { bucketOf[x] = b } }
        var touched = Set<Int>()
        for (b, range) in buckets.enumerated() where range.contains(where: { origin[$0] < 0 }) { touched.insert(b) }

        // Buckets whose every pair is compared again: an entity stopped being salient there
        // (the shared counts of old pairs change), or an event names an entity that gained a form.
        var full = Set<Int>()
        var groupings: [Int: EventGrouping] = [:]
        for b in touched {
            let grouping = Self.grouping(buckets[b], events: events, pool: pool)
            groupings[b] = grouping
            if Self.salienceChanged(grouping, isNew: buckets[b].map { origin[$0] < 0 }) { full.insert(b) }
        }
        for e in reformed {
            for a in entities[e].articles where Int(a) < first {
                for x in articleEvents(Int(a)) { full.insert(bucketOf[newPosition[Int(x)]]) }
            }
        }

        // Candidates of the buckets with new events, and the document frequencies they change.
        let oldTermCount = old0.terms.documentFrequency.count
        var previousFrequency: [Int32: Int32] = [:]
        func recount(_ runs: some Collection<TermRun>, by delta: Int32) {
            guard SentenceTerms.isCounted(runs) else { return }
            for r in runs where Int(r.term) < oldTermCount && previousFrequency[r.term] == nil {
                previousFrequency[r.term] = state.terms.documentFrequency[Int(r.term)]
            }
            state.terms.count(runs, by: delta)
        }
        for b in touched {
            let candidates = groupings[b]!.candidates()
            for (local, x) in buckets[b].enumerated() {
                let was = state.runs[x]
                if candidates.contains(local), was == nil {
                    let runs = state.terms.runs(of: words(events[x], articles: articles))
                    recount(runs, by: 1)
                    state.runs.replace(x, with: runs)
                    state.candidateCount += 1
                } else if !candidates.contains(local), let was {
                    recount(was, by: -1)
                    state.runs[x] = nil
                    state.candidateCount -= 1
                }
            }
        }

        // What the weights' change may have moved each old event's cosines by; the events
        // whose margin it uses up are compared again.
        let drift = TimelineDrift(before: old0, after: state.terms, candidates: state.candidateCount,
                                  previousFrequency: previousFrequency)
        let oldRotation = drift.rotations(old0.runs)
        let rotation = origin.map { $0 >= 0 ? oldRotation[$0] : 0 }
        var compare = [Bool](repeating: false, count: events.count)
        var nearDue = [Bool](repeating: false, count: events.count)     // a near pair of it is compared again
        var regroup = touched.union(full)
        for (b, range) in buckets.enumerated() where !full.contains(b) {
            // Bounded by the bucket's largest turn; by each event's neighbours' only when that
            // would use up a margin.
            let largest = rotation[range].max() ?? 0
            var neighbours: [Double]?
            if range.contains(where: { origin[$0] >= 0 && state.margins[$0] - rotation[$0] - largest <= 1e-5 }) {
                neighbours = drift.neighbourRotation(range, rotation: rotation,
                                                     grouping: groupings[b] ?? Self.grouping(range, events: events, pool: pool))
            }
            for x in range where origin[x] >= 0 && state.margins[x].isFinite {
                state.margins[x] -= rotation[x] + (neighbours?[x - range.lowerBound] ?? largest)
                if state.margins[x] <= 1e-5 { compare[x] = true; regroup.insert(b) }
            }
            for x in range where origin[x] >= 0 && !state.near.elements(x).isEmpty {
                for (k, pair) in Array(state.near.elements(x)).enumerated() {
                    let y = origin[x] - Int(pair.back)
                    let distance = pair.distance - Float(rotation[x] + oldRotation[y])
                    state.near.update(x, k) { $0.distance = distance }
                    if distance <= 1e-5 { nearDue[x] = true; regroup.insert(b) }
                }
            }
        }

        // Buckets where only near pairs are due: compared alone; kept when no decision changes.
        withoutActuallyEscaping(articleEntities) { articleEntities in
            var lookups = EventLookups(articleEntities: { Set(articleEntities($0)) },
                                   entityForms: { Int($0) < entities.count ? [entities[Int($0)].name] + entities[Int($0)].aliases : [] })
            for b in regroup.sorted() where !touched.contains(b) && !full.contains(b) {
                if Self.comparedAlone(buckets[b], due: nearDue, compare: compare, events: events, pool: pool,
                                      state: &state, lookups: &lookups) {
                    regroup.remove(b)
                }
            }
        }

        // Kept buckets: their groups move with their first event.
        for (b, range) in buckets.enumerated() where !regroup.contains(b) {
            let moved = range.lowerBound - origin[range.lowerBound]
            if moved != 0 {
                for x in range { events[x].moveGroup(by: moved) }
            }
        }
        // The others, grouped again on their agreements.
        withoutActuallyEscaping(articleEntities) { articleEntities in
        var lookups = EventLookups(articleEntities: { Set(articleEntities($0)) },
                                   entityForms: { Int($0) < entities.count ? [entities[Int($0)].name] + entities[Int($0)].aliases : [] })
        for b in regroup.sorted() {
            let range = buckets[b]
            let recompute = range.map { x in full.contains(b) || origin[x] < 0 || compare[x] }
            let cached = range.enumerated().map { local, x -> [Int] in
                guard !recompute[local] else { return [] }
                return state.agreeing.elements(x).map { newPosition[origin[x] - Int($0)] - range.lowerBound }
            }
            // Near pairs of the events not compared again: those whose distance is used up are
            // compared alone; the others are kept, unless their earlier event is compared again.
            var again = [[Int]](repeating: [], count: range.count)
            var keptNear = [[NearPair]](repeating: [], count: range.count)
            for (local, x) in range.enumerated() where !recompute[local] {
                for pair in state.near.elements(x) {
                    let y = newPosition[origin[x] - Int(pair.back)] - range.lowerBound
                    if recompute[y] { continue }
                    if nearDue[x] && pair.distance <= 1e-5 {
                        again[local].append(y)
                    } else {
                        keptNear[local].append(NearPair(back: Int32(local - y), distance: pair.distance, sharesTwo: pair.sharesTwo))
                    }
                }
            }
            let grouping = groupings[b] ?? Self.grouping(range, events: events, pool: pool)
            group(range, grouping, recompute: recompute, again: again, cached: cached, keptNear: keptNear,
                  events: &events, state: &state, articles: articles, lookups: &lookups)
        }
        }
        state.near = state.near.packed()
        state.agreeing = state.agreeing.packed()
        state.runs = state.runs.packed()
        return (events, pool, state)
    }

    /// Whether an entity named by a new event of the bucket (`isNew`) is named by more than
    /// `EventGrouping.salientLimit` events now and was not before.
    static func salienceChanged(_ grouping: EventGrouping, isNew: [Bool]) -> Bool {
        var counts: [Int32: (all: Int, new: Int)] = [:]
        for x in grouping.entities.indices where isNew[x] { for e in grouping.entities[x] { counts[e] = (0, 0) } }
        for x in grouping.entities.indices {
            for e in grouping.entities[x] where counts[e] != nil {
                counts[e]!.all += 1
                if isNew[x] { counts[e]!.new += 1 }
            }
        }
        return counts.values.contains { $0.all > EventGrouping.salientLimit && $0.all - $0.new <= EventGrouping.salientLimit }
    }
}

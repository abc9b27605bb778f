extension TimelineBuilder {
    /// Compares again, alone, the used-up near pairs of a bucket that receives no event and
    /// has no event to compare in full (`due` marks the events with such a pair). When every
    /// decision is as it was, records the pairs' new distances (a pair now farther than
    /// `EventGrouping.nearRadius` joins its events' margins) and returns true: the groups stand.
    /// Returns false, changing nothing, when a decision changed or the bucket has more to do.
    static func comparedAlone(_ range: Range<Int>, due: [Bool], compare: [Bool], events: [TimelineEvent], pool: [Int32],
                              state: inout TimelineState, lookups: inout EventLookups) -> Bool {
        guard !range.contains(where: { compare[$0] }) else { return false }
        var updates: [(x: Int, k: Int, distance: Double)] = []
        func entities(_ x: Int) -> [Int32] {
            let start = Int(events[x].entityStart)
            return Array(Set(pool[start..<(start + Int(events[x].entityCount))])).sorted()
        }
        for x in range where due[x] {
            for (k, pair) in state.near.elements(x).enumerated() where pair.distance <= 1e-5 {
                let y = x - Int(pair.back)
                guard let rx = state.runs[x], let ry = state.runs[y] else { return false }
                let cosine = SentenceTerms.cosine(state.terms.vector(rx, n: state.candidateCount),
                                                  state.terms.vector(ry, n: state.candidateCount))
                let pairGrouping = EventGrouping(entities: [entities(x), entities(y)], articles: [events[x].article, events[y].article])
                let agrees = EventGrouping.agree(cosine: cosine, sharesTwo: pair.sharesTwo)
                    && !pairGrouping.namesOthersMissing(0, 1, lookups: &lookups)
                guard agrees == state.agreeing.elements(x).contains(pair.back) else { return false }
                updates.append((x, k, min(Double(abs(cosine - EventGrouping.minimumCosine)),
                                          Double(abs(cosine - EventGrouping.strongCosine)))))
            }
        }
        var removed: [Int: Set<Int>] = [:]
        for u in updates {
            if u.distance < EventGrouping.nearRadius {
                state.near.update(u.x, u.k) { $0.distance = Float(u.distance) }
            } else {
                let y = u.x - Int(state.near.element(u.x, u.k).back)
                state.margins[u.x] = min(state.margins[u.x], u.distance)
                state.margins[y] = min(state.margins[y], u.distance)
                removed[u.x, default: []].insert(u.k)
            }
        }
        for (x, ks) in removed {
            state.near.replace(x, with: state.near.elements(x).enumerated().filter { !ks.contains($0.offset) }.map(\.element))
        }
        return true
    }
}

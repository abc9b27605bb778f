import NewsCorpus

/// The entity ranking of a write's snapshot from the previous one's: when the write only
/// appended to the entity table (every previous entity keeps its id and position, as
/// `Corpus.appending` guarantees), the entities whose counts or name changed and the new ones
/// are sorted and merged into the previous order instead of sorting all of them again. Same
/// order as `EntitiesController.ranked` (a stable sort: mentions, articles, name, position).
enum EntityRanking {
    /// The ranking of `corpus`'s entities, or nil when `corpus` is not `previous` appended to.
    static func updated(_ ranking: [Int32], from previous: Corpus, to corpus: Corpus) -> [Int]? {
        let old = previous.entities, new = corpus.entities
        guard new.count >= old.count, ranking.count == old.count else { return nil }
        var changed = Array(old.count..<new.count)
        var isChanged = [Bool](repeating: false, count: old.count)
        for e in old.indices {
            let a = old[e], b = new[e]
            if a === b { continue }  // the entity a write left alone is the same object
            guard a.id == b.id else { return nil }
            if a.mentionCount != b.mentionCount || a.articleCount != b.articleCount || a.name != b.name {
                isChanged[e] = true
                changed.append(e)
            }
        }
        func precedes(_ x: Int, _ y: Int) -> Bool {
            let a = new[x], b = new[y]
            if a.mentionCount != b.mentionCount { return a.mentionCount > b.mentionCount }
            if a.articleCount != b.articleCount { return a.articleCount > b.articleCount }
            if a.name != b.name { return a.name < b.name }
            return x < y
        }
        changed.sort(by: precedes)
        var out: [Int] = []
        out.reserveCapacity(new.count)
        var j = 0
        for r in ranking {
            let e = Int(r)
            guard !isChanged[e] else { continue }
            while j < changed.count && precedes(changed[j], e) { out.append(changed[j]); j += 1 }
            out.append(e)
        }
        out.append(contentsOf: changed[j...])
        return out
    }
}

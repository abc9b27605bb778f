/// Documents with scores and how many query words each matched in their exact form,
/// ascending by document, with the set operations queries need.
struct ScoredDocuments: Sendable {
    var documents: [UInt32] = []
    var scores: [Double] = []
    var exactMatches: [UInt16] = []

    var count: Int { documents.count }
    var isEmpty: Bool { documents.isEmpty }

    mutating func append(_ doc: UInt32, _ score: Double, exact: UInt16 = 0) {
        documents.append(doc)
        scores.append(score)
        exactMatches.append(exact)
    }

    /// Indices of the `k` best, best first: more exact-form matches, then the higher score, then
    /// the earlier document. Orders packed (exact, score, index) keys rather than going through
    /// closures over three arrays; the order is total, so the first `k` are those of a full
    /// sort, and when `k` is well below the count a bounded heap selects them in O(n log k).
    func rankedOrder(best k: Int = .max) -> [Int] {
        typealias Key = (exact: UInt16, score: Double, index: Int32)
        @inline(__always) func better(_ a: Key, _ b: Key) -> Bool {
            if a.exact != b.exact { return a.exact > b.exact }
            if a.score != b.score { return a.score > b.score }
            return a.index < b.index
        }
        let k = min(max(0, k), count)
        guard k > 0 else { return [] }
        @inline(__always) func key(_ i: Int) -> Key { (exactMatches[i], scores[i], Int32(i)) }
        if k * 4 >= count {
            var keyed: [Key] = []
            keyed.reserveCapacity(count)
            for i in 0..<count { keyed.append(key(i)) }
            keyed.sort(by: better)
            return keyed.prefix(k).map { Int($0.index) }
        }
        // The best k seen so far in a heap with the worst of them at the root.
        var heap: [Key] = []
        heap.reserveCapacity(k)
        for i in 0..<k { heap.append(key(i)) }
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var worst = i
                if l < k, better(heap[worst], heap[l]) { worst = l }
                if r < k, better(heap[worst], heap[r]) { worst = r }
                if worst == i { return }
                heap.swapAt(i, worst)
                i = worst
            }
        }
        for i in stride(from: k / 2 - 1, through: 0, by: -1) { siftDown(i) }
        for i in k..<count {
            let candidate = key(i)
            if better(candidate, heap[0]) {
                heap[0] = candidate
                siftDown(0)
            }
        }
        heap.sort(by: better)
        return heap.map { Int($0.index) }
    }

    /// Documents in either, scores added.
    func union(_ other: ScoredDocuments) -> ScoredDocuments {
        var result = ScoredDocuments()
        var i = 0, j = 0
        while i < count || j < other.count {
            if j == other.count || (i < count && documents[i] < other.documents[j]) {
                result.append(documents[i], scores[i], exact: exactMatches[i]); i += 1
            } else if i == count || other.documents[j] < documents[i] {
                result.append(other.documents[j], other.scores[j], exact: other.exactMatches[j]); j += 1
            } else {
                result.append(documents[i], scores[i] + other.scores[j], exact: exactMatches[i] + other.exactMatches[j]); i += 1; j += 1
            }
        }
        return result
    }

    /// Documents in both, scores added.
    func intersection(_ other: ScoredDocuments) -> ScoredDocuments {
        var result = ScoredDocuments()
        var i = 0, j = 0
        while i < count && j < other.count {
            if documents[i] < other.documents[j] { i += 1 }
            else if other.documents[j] < documents[i] { j += 1 }
            else { result.append(documents[i], scores[i] + other.scores[j], exact: exactMatches[i] + other.exactMatches[j]); i += 1; j += 1 }
        }
        return result
    }

    /// The documents for which `keep` holds.
    func filter(_ keep: (UInt32) -> Bool) -> ScoredDocuments {
        var result = ScoredDocuments()
        for i in documents.indices where keep(documents[i]) { result.append(documents[i], scores[i], exact: exactMatches[i]) }
        return result
    }
}

/// The best `capacity` ranking keys seen, in a bounded heap with the worst kept at the root.
/// The order is total — more exact-form matches, then the higher score, then the earlier
/// document — so the keys kept are the first `capacity` of a full sort, whatever the order
/// they arrive in.
struct TopKeys {
    typealias Key = (exact: UInt16, score: Double, document: UInt32)

    let capacity: Int
    private(set) var heap: [Key] = []

    init(capacity: Int) {
        self.capacity = max(0, capacity)
        heap.reserveCapacity(min(self.capacity, 1 << 16))
    }

    @inline(__always)
    static func better(_ a: Key, _ b: Key) -> Bool {
        if a.exact != b.exact { return a.exact > b.exact }
        if a.score != b.score { return a.score > b.score }
        return a.document < b.document
    }

    /// Whether `capacity` keys are held, so that a key must beat the worst to enter.
    var isFull: Bool { heap.count == capacity }

    /// Whether a key of at most `exact` exact matches and at most `score` could still enter.
    @inline(__always)
    func admits(exact: UInt16, score: Double) -> Bool {
        guard isFull else { return true }
        guard capacity > 0 else { return false }
        let worst = heap[0]
        return exact > worst.exact || (exact == worst.exact && score >= worst.score)
    }

    /// Offers a key: kept when among the best `capacity` so far.
    mutating func insert(_ key: Key) {
        if heap.count < capacity {
            heap.append(key)
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard Self.better(heap[parent], heap[i]) else { return }
                heap.swapAt(parent, i)
                i = parent
            }
        } else if capacity > 0, Self.better(key, heap[0]) {
            heap[0] = key
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var worst = i
                if l < capacity, Self.better(heap[worst], heap[l]) { worst = l }
                if r < capacity, Self.better(heap[worst], heap[r]) { worst = r }
                if worst == i { return }
                heap.swapAt(i, worst)
                i = worst
            }
        }
    }

    /// The keys held, best first.
    func sorted() -> [Key] { heap.sorted(by: Self.better) }
}

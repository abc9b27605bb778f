/// The facts of the words a `FeatureExtractor` has seen, keyed by the fingerprint of the word's
/// bytes: an open-addressing table (the fingerprint's bits index it, where `Dictionary` would
/// hash the key again with `Hasher`), kept at most two thirds full.
struct WordFactsMemory {
    private var keys = [UInt64](repeating: 0, count: 64)
    private var values = [TokenFacts?](repeating: nil, count: 64)
    private var shift: UInt64 = 64 - 6
    /// The number of words remembered.
    private(set) var count = 0

    /// An empty memory.
    init() {}

    /// The slot of `id`, or of the empty slot where it would go.
    @inline(__always)
    private func slot(of id: UInt64) -> Int {
        let mask = keys.count - 1
        // Fibonacci hashing: FNV's low bits alone are poorly mixed.
        var slot = Int(truncatingIfNeeded: (id &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while values[slot] != nil && keys[slot] != id { slot = (slot + 1) & mask }
        return slot
    }

    /// The facts kept for the word with fingerprint `id`.
    @inline(__always)
    subscript(id: UInt64) -> TokenFacts? {
        values[slot(of: id)]
    }

    /// Keeps `facts` for the word with fingerprint `id`.
    mutating func insert(_ facts: TokenFacts, for id: UInt64) {
        if (count + 1) * 3 > keys.count * 2 { grow() }
        let s = slot(of: id)
        if values[s] == nil { count += 1 }
        keys[s] = id
        values[s] = facts
    }

    /// Twice the slots, every word put in again.
    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [TokenFacts?](repeating: nil, count: oldKeys.count * 2)
        shift -= 1
        for (k, v) in zip(oldKeys, oldValues) where v != nil {
            let s = slot(of: k)
            keys[s] = k
            values[s] = v
        }
    }
}

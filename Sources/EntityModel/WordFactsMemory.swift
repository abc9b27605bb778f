/// The facts of the words a `FeatureExtractor` has seen, keyed by the fingerprint of the word's
/// bytes: an open-addressing table (the fingerprint's bits index it, where `Dictionary` would
/// hash the key again with `Hasher`), kept at most two thirds full. Each slot holds the
/// fingerprint beside the facts, so a probe reads one cache line, not one in each of two arrays.
struct WordFactsMemory {
    private struct Slot {
        var id: UInt64
        var facts: TokenFacts?
    }
    private var slots = [Slot](repeating: Slot(id: 0, facts: nil), count: 64)
    private var shift: UInt64 = 64 - 6
    /// The number of words remembered.
    private(set) var count = 0

    /// An empty memory.
    init() {}

    /// The slot of `id`, or of the empty slot where it would go.
    @inline(__always)
    private func slot(of id: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            // Fibonacci hashing: FNV's low bits alone are poorly mixed.
            var slot = Int(truncatingIfNeeded: (id &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot].id != id, slots[slot].facts != nil { slot = (slot + 1) & mask }
            return slot
        }
    }

    /// The facts kept for the word with fingerprint `id`.
    @inline(__always)
    subscript(id: UInt64) -> TokenFacts? {
        slots[slot(of: id)].facts
    }

    /// Keeps `facts` for the word with fingerprint `id`.
    mutating func insert(_ facts: TokenFacts, for id: UInt64) {
        if (count + 1) * 3 > slots.count * 2 { grow() }
        let s = slot(of: id)
        if slots[s].facts == nil { count += 1 }
        slots[s] = Slot(id: id, facts: facts)
    }

    /// Twice the slots, every word put in again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(id: 0, facts: nil), count: old.count * 2)
        shift -= 1
        for s in old where s.facts != nil {
            slots[slot(of: s.id)] = s
        }
    }
}

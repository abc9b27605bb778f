/// A set of 64-bit fingerprints (`FeatureHash` values), asked once or twice a token whether a
/// word starts a listed name: an open-addressing table at most half full, indexed by the
/// fingerprint's bits (Fibonacci hashing), where `Set` or `Dictionary` would hash it again
/// with `Hasher` (SipHash).
struct FingerprintSet: Sendable {
    private let slots: [UInt64]
    private let shift: UInt64
    /// Whether 0, which marks an empty slot, is a member.
    private let hasZero: Bool

    /// The set of `members`.
    init<S: Sequence>(_ members: S) where S.Element == UInt64 {
        let distinct = Array(Set(members))
        var bits: UInt64 = 3
        while (1 << bits) < 2 * distinct.count { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let mask = slots.count - 1
        var hasZero = false
        for f in distinct {
            if f == 0 { hasZero = true; continue }
            var s = Int(truncatingIfNeeded: (f &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = f
        }
        self.slots = slots
        self.shift = 64 - bits
        self.hasZero = hasZero
    }

    /// Whether `f` is a member.
    @inline(__always)
    func contains(_ f: UInt64) -> Bool {
        if f == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: (f &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let k = slots[s]
                if k == f { return true }
                if k == 0 { return false }
                s = (s + 1) & mask
            }
        }
    }
}

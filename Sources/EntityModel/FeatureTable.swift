/// An open-addressing table from feature fingerprint to weight row. Fingerprints are already
/// well mixed, so their low bits index the table directly (no second hash, unlike `Dictionary`).
struct FeatureTable: Sendable {
    private let keys: [UInt64]
    private let rows: [Int32]
    private let mask: Int

    /// A table of `features[i]` → row `i` (fingerprint 0 is not stored: it marks empty slots).
    init(_ features: [UInt64]) {
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var rows = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (row, f) in features.enumerated() where f != 0 {
            var slot = Int(truncatingIfNeeded: f) & mask
            while keys[slot] != 0 && keys[slot] != f { slot = (slot + 1) & mask }
            keys[slot] = f
            rows[slot] = Int32(row)
        }
        self.keys = keys
        self.rows = rows
        self.mask = mask
    }

    /// The row of `feature`, or nil.
    @inline(__always)
    func row(_ feature: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let k = keys[slot]
            if k == feature { return rows[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}

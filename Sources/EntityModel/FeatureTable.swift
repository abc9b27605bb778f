/// An open-addressing table from feature fingerprint to its scores. The fingerprints are kept
/// apart from the scores (8 bytes a slot: probing, mostly for features the model never saw,
/// reads a small array) with each slot's row number beside them; the rows are dense, one aligned
/// row of 8 scores a feature, so the scores take no room for empty slots. Fingerprints are
/// already well mixed, so their low bits index the table directly (no second hash, unlike
/// `Dictionary`). Fingerprint 0 marks an empty slot and is never stored.
///
/// Scores are kept quantised: a row is 8 `Int16`s (16 bytes, a quarter of a cache line), a
/// score is `q × scale`, with `scale` the largest weight's magnitude / 32,767 (0.0016 for the
/// shipped weights, whose largest is 52.5). The table is the model's working set; read from
/// memory for every token, it was most of the cache misses that made the model slower than its
/// instruction count (README, "Round 13"). Rows are summed as integers, exactly, then scaled.
struct FeatureTable: Sendable {
    /// Scores of a row: `NERTag.count` scores, padded with zeros to 8.
    static let rowFloats = 8
    /// The largest quantised score.
    static let levels: Float = 32_767
    /// The fingerprint of each slot (0: empty).
    private let keys: [UInt64]
    /// The row of each slot's feature.
    private let rowOf: [Int32]
    /// Row `r`'s quantised scores at `rows[r * 8 ..< r * 8 + NERTag.count]`; one more row of
    /// zeros at the end (`zeroRow`) stands for a feature the table does not know.
    private let rows: [Int16]
    /// A quantised score times `scale` is the score.
    let scale: Float
    private let mask: Int
    /// The row of zeros: adding it changes no score (a sum that starts at +0 is never -0).
    private let zeroRow: Int32
    /// The number of features stored.
    let count: Int

    /// A table of `features[i]` → scores `emission[i * NERTag.count ..< (i + 1) * NERTag.count]`,
    /// quantised (the nearest multiple of `scale`).
    init(features: [UInt64], emission: [Float]) {
        let largest = emission.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Self.levels : 1
        self.init(features: features, quantized: emission.map { Int16(($0 / scale).rounded()) }, scale: scale)
    }

    /// A table of `features[i]` → scores `quantized[i * NERTag.count ..< (i + 1) * NERTag.count] × scale`.
    init(features: [UInt64], quantized: [Int16], scale: Float) {
        precondition(NERTag.count <= Self.rowFloats && features.count < Int(Int32.max) / 4)
        precondition(quantized.count == features.count * NERTag.count)
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var rowOf = [Int32](repeating: 0, count: capacity)
        var rows = [Int16](repeating: 0, count: (features.count + 1) * Self.rowFloats)
        let mask = capacity - 1
        var count = 0
        for (row, f) in features.enumerated() where f != 0 {
            var slot = Int(truncatingIfNeeded: f) & mask
            while keys[slot] != 0 && keys[slot] != f { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                keys[slot] = f
                rowOf[slot] = Int32(count)
                count += 1
            }
            // A feature given twice keeps its last scores.
            let r = Int(rowOf[slot])
            for t in 0..<NERTag.count { rows[r * Self.rowFloats + t] = quantized[row * NERTag.count + t] }
        }
        rows.removeLast(rows.count - (count + 1) * Self.rowFloats)
        self.keys = keys
        self.rowOf = rowOf
        self.rows = rows
        self.scale = scale
        self.mask = mask
        self.count = count
        self.zeroRow = Int32(count)
    }

    /// Stands for this table (its copies included): what a word's kept sums (`WordSums`) were
    /// added up from.
    final class Identity: Sendable {}
    let identity = Identity()

    /// The row of `feature`, or the row of zeros when the table does not know it.
    @inline(__always)
    func row(of feature: UInt64) -> Int32 {
        keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: feature) & mask
            var k = keys[slot]
            while k != feature && k != 0 {
                slot = (slot + 1) & mask
                k = keys[slot]
            }
            return k == 0 ? zeroRow : rowOf[slot]
        }
    }

    /// The scores of `feature` (zeros past `NERTag.count`; all zeros when the table does not know it).
    @inline(__always)
    func scores(of feature: UInt64) -> SIMD8<Float> {
        scores(ofRow: row(of: feature))
    }

    /// The scores of row `r` (zeros past `NERTag.count`).
    @inline(__always)
    func scores(ofRow r: Int32) -> SIMD8<Float> {
        SIMD8<Float>(quantized(ofRow: r)) * scale
    }

    /// The quantised scores of row `r`, widened (sums of rows are exact in 32 bits).
    @inline(__always)
    func quantized(ofRow r: Int32) -> SIMD8<Int32> {
        rows.withUnsafeBufferPointer { table in
            SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(table.baseAddress!)
                .loadUnaligned(fromByteOffset: Int(r) * Self.rowFloats * 2, as: SIMD8<Int16>.self))
        }
    }

    /// The row of a feature the table does not know (a row of zeros).
    var unknownRow: Int32 { zeroRow }

    /// The row of each of `features` into `found` (the row of zeros when unknown). Two passes, so
    /// that the memory reads overlap instead of waiting one after the other: the first slot of
    /// every feature is read without a branch on it, then each feature's row is found.
    @inline(__always)
    func rows(of features: UnsafeBufferPointer<UInt64>, into found: UnsafeMutableBufferPointer<Int32>) {
        let n = features.count
        keys.withUnsafeBufferPointer { keys in
            rowOf.withUnsafeBufferPointer { rowOf in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { first in
                    for j in 0..<n {
                        let slot = Int(truncatingIfNeeded: features[j]) & mask
                        first[j] = keys[slot]
                        found[j] = rowOf[slot]
                    }
                    for j in 0..<n {
                        let f = features[j]
                        let k = first[j]
                        // An empty slot ends the search (fingerprint 0 included: it is never stored).
                        if k == 0 { found[j] = zeroRow; continue }
                        if k == f { continue }
                        var slot = Int(truncatingIfNeeded: f) & mask
                        var next = k
                        while next != f && next != 0 {
                            slot = (slot + 1) & mask
                            next = keys[slot]
                        }
                        found[j] = next == 0 ? zeroRow : rowOf[slot]
                    }
                }
            }
        }
    }

    /// Adds the scores of `rows` into `scores[offset...]`: the rows summed exactly, as integers
    /// (in any order, the same sum), then scaled once.
    @inline(__always)
    func addScores(ofRows rows: UnsafeBufferPointer<Int32>, into scores: UnsafeMutableBufferPointer<Float>, at offset: Int) {
        let sum = SIMD8<Float>(quantizedSum(ofRows: rows)) * scale
        for t in 0..<NERTag.count { scores[offset + t] += sum[t] }
    }

    /// The exact sum of the quantised scores of `rows` (the reads overlap).
    @inline(__always)
    func quantizedSum(ofRows rows: UnsafeBufferPointer<Int32>) -> SIMD8<Int32> {
        self.rows.withUnsafeBufferPointer { table in
            let base = UnsafeRawPointer(table.baseAddress!)
            var sum = SIMD8<Int32>(repeating: 0)
            for r in rows {
                sum &+= SIMD8<Int32>(truncatingIfNeeded: base.loadUnaligned(fromByteOffset: Int(r) * Self.rowFloats * 2, as: SIMD8<Int16>.self))
            }
            return sum
        }
    }

    /// Adds the scores of each of `features` that the table knows into `scores[offset...]`, in
    /// the order of `features` (as `rows(of:into:)` then `addScores(ofRows:into:at:)`).
    @inline(__always)
    func addScores(of features: [UInt64], into scores: UnsafeMutableBufferPointer<Float>, at offset: Int) {
        let n = features.count
        guard n > 0 else { return }
        features.withUnsafeBufferPointer { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { found in
                rows(of: features, into: found)
                addScores(ofRows: UnsafeBufferPointer(found), into: scores, at: offset)
            }
        }
    }

    /// Every stored feature with its quantised scores, in fingerprint order (for writing the weights).
    func quantizedEntries() -> [(feature: UInt64, quantized: [Int16])] {
        var out: [(feature: UInt64, quantized: [Int16])] = []
        out.reserveCapacity(count)
        for slot in 0...mask where keys[slot] != 0 {
            let r = Int(rowOf[slot]) * Self.rowFloats
            out.append((keys[slot], Array(rows[r ..< r + NERTag.count])))
        }
        return out.sorted { $0.feature < $1.feature }
    }

    /// Every stored feature with its scores, in fingerprint order.
    func entries() -> [(feature: UInt64, scores: [Float])] {
        quantizedEntries().map { ($0.feature, $0.quantized.map { Float($0) * scale }) }
    }
}

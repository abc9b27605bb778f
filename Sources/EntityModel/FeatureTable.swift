/// An open-addressing table from feature fingerprint to its scores, the scores stored beside
/// the fingerprint (one cache line is read per feature looked up, not three). Fingerprints are
/// already well mixed, so their low bits index the table directly (no second hash, unlike
/// `Dictionary`). Fingerprint 0 marks an empty slot and is never stored.
struct FeatureTable: Sendable {
    /// Words of a slot: the fingerprint, then `NERTag.count` scores as Float32 in 4 words.
    static let slotWords = 5
    private let storage: [UInt64]
    private let mask: Int
    /// The number of features stored.
    let count: Int

    /// A table of `features[i]` → scores `emission[i * NERTag.count ..< (i + 1) * NERTag.count]`.
    init(features: [UInt64], emission: [Float]) {
        precondition(NERTag.count <= 8)
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        var storage = [UInt64](repeating: 0, count: capacity * Self.slotWords)
        let mask = capacity - 1
        var count = 0
        storage.withUnsafeMutableBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for (row, f) in features.enumerated() where f != 0 {
                var slot = Int(truncatingIfNeeded: f) & mask
                while words[slot * Self.slotWords] != 0 && words[slot * Self.slotWords] != f { slot = (slot + 1) & mask }
                if words[slot * Self.slotWords] == 0 { count += 1 }
                words[slot * Self.slotWords] = f
                let scores = raw.baseAddress! + (slot * Self.slotWords + 1) * 8
                for t in 0..<NERTag.count {
                    scores.storeBytes(of: emission[row * NERTag.count + t], toByteOffset: t * 4, as: Float.self)
                }
            }
        }
        self.storage = storage
        self.mask = mask
        self.count = count
    }

    /// Adds the scores of each of `features` that the table knows into `scores[offset...]`.
    @inline(__always)
    func addScores(of features: [UInt64], into scores: UnsafeMutableBufferPointer<Float>, at offset: Int) {
        storage.withUnsafeBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for f in features {
                var slot = Int(truncatingIfNeeded: f) & mask
                while true {
                    let k = words[slot * Self.slotWords]
                    if k == f {
                        let base = raw.baseAddress! + (slot * Self.slotWords + 1) * 8
                        for t in 0..<NERTag.count { scores[offset + t] += base.load(fromByteOffset: t * 4, as: Float.self) }
                        break
                    }
                    if k == 0 { break }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Every stored feature with its scores, in fingerprint order (for writing the weights).
    func entries() -> [(feature: UInt64, scores: [Float])] {
        var out: [(feature: UInt64, scores: [Float])] = []
        out.reserveCapacity(count)
        storage.withUnsafeBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for slot in 0...mask where words[slot * Self.slotWords] != 0 {
                let base = raw.baseAddress! + (slot * Self.slotWords + 1) * 8
                out.append((words[slot * Self.slotWords], (0..<NERTag.count).map { base.load(fromByteOffset: $0 * 4, as: Float.self) }))
            }
        }
        return out.sorted { $0.feature < $1.feature }
    }
}

/// Upper bounds of a word's score over each block of `BlockBounds.size` consecutive postings of
/// every stem key, computed once at index time, so that top-k ranking can skip postings that
/// cannot enter the best k (block-max pruning). 24 bytes per block of 64 postings, plus 4 per key.
struct BlockBounds: Sendable {
    /// Postings per block, as a shift.
    static let shift = 6
    /// How many postings a block holds.
    static var size: Int { 1 << shift }

    /// Where each key's blocks begin in the arrays below.
    private let starts: [UInt32]
    /// Four per block: the highest score a posting of the block can have, without then with the
    /// exact-form bonus (`+ 2`), for postings without then with the word in the title (`+ 1`).
    private let bounds: [Float]
    /// Bit `variant % 64` set for every variant number among the block's positions.
    private let variants: [UInt64]

    /// Bounds for every key of `postings`, scored as `WordScorer` scores them.
    init(postings: PostingStore, titleCounts: [UInt32], lengthNorms: [Float], parameters: RankingParameters,
         idf: (Int) -> Double) {
        var starts: [UInt32] = []
        starts.reserveCapacity(postings.count)
        var bounds: [Float] = [], variants: [UInt64] = []
        let storage = postings.storage
        for key in 0..<postings.count {
            starts.append(UInt32(variants.count))
            let list = postings[UInt32(key)]
            let n = list.count
            let keyIDF = idf(n)
            let positions = list.base + 2 + 2 * n
            var block = [Double](repeating: 0, count: 4), mask: UInt64 = 0
            for i in 0..<n {
                let doc = Int(list.document(i))
                let titleEnd = titleCounts[doc]
                let lo = positions + Int(storage[list.base + 1 + n + i])
                let hi = positions + Int(storage[list.base + 2 + n + i])
                var frequency = UInt32(hi - lo)
                for p in lo..<hi {
                    mask |= 1 << UInt64(PostingList.variant(storage[p]) & 63)
                    if PostingList.token(storage[p]) < titleEnd { frequency += parameters.titleBoost - 1 }
                }
                // The exact form's frequency is at most the stem's.
                let weight = parameters.bm25(frequency: frequency, norm: lengthNorms[doc], idf: keyIDF)
                var stem = weight
                let title = lo < hi && PostingList.token(storage[lo]) < titleEnd
                if title { stem += parameters.titleMatchWeight * keyIDF }
                let t = title ? 1 : 0
                block[t] = max(block[t], stem)
                block[2 + t] = max(block[2 + t], stem + parameters.exactWeight * weight)
                if i & (Self.size - 1) == Self.size - 1 || i == n - 1 {
                    bounds.append(contentsOf: block.map(Self.roundedUp))
                    variants.append(mask)
                    block = [0, 0, 0, 0]
                    mask = 0
                }
            }
        }
        self.starts = starts
        self.bounds = bounds
        self.variants = variants
    }

    /// `value` as a Float no smaller than it, with room for rounding in sums of scores.
    private static func roundedUp(_ value: Double) -> Float {
        Float(value * (1 + 1e-6)).nextUp
    }

    /// The bound of the `i`th posting of `key` for a query word of exact-form `variant`, and
    /// whether that posting may hold the exact form; `inTitle` tells whether the posting has
    /// the word in its title, when known.
    @inline(__always)
    func bound(key: UInt32, posting i: Int, variant: UInt32?, inTitle: Bool? = nil) -> (score: Double, exact: UInt16) {
        let block = Int(starts[Int(key)]) + i >> Self.shift
        var exact: UInt16 = 0
        if let variant, variants[block] & (1 << UInt64(variant & 63)) != 0 { exact = 1 }
        let at = 4 * block + 2 * Int(exact)
        guard let inTitle else { return (Double(max(bounds[at], bounds[at + 1])), exact) }
        return (Double(bounds[at + (inTitle ? 1 : 0)]), exact)
    }

    /// Bytes the bounds occupy.
    var byteCount: Int { starts.count * 4 + bounds.count * 4 + variants.count * 8 }
}

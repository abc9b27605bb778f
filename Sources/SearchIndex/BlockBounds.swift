/// Upper bounds of a word's score over each block of `BlockBounds.size` consecutive postings of
/// every stem key, and a one-byte summary of each posting, computed once at index time, so that
/// top-k ranking can skip postings that cannot enter the best k: whole windows by their blocks'
/// bounds, then single documents by their bytes, without reading their positions.
/// 24 bytes per block of 64 postings, one a posting, plus 13 per key.
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
    /// Where each key's postings begin in `postingBounds`.
    private let postingStarts: [UInt32]
    /// Per posting: its BM25 weight in 63rds of its key's highest (`weights`), rounded up, in the
    /// low six bits; whether the word is in the document's title (`titleBit`); whether the
    /// posting holds the key's most common exact form (`dominantBit`).
    private let postingBounds: [UInt8]
    /// Per key, the highest BM25 weight of its postings (rounded up), and the variant number of
    /// its exact form found in the most documents.
    private let weights: [Float]
    private let dominantVariants: [UInt8]

    static let titleBit: UInt8 = 0x40
    static let dominantBit: UInt8 = 0x80

    /// Bounds for every key of `postings`, scored as `WordScorer` scores them.
    init(postings: PostingStore, titleCounts: [UInt32], lengthNorms: [Float], parameters: RankingParameters,
         idf: (Int) -> Double) {
        var starts: [UInt32] = []
        starts.reserveCapacity(postings.count)
        var bounds: [Float] = [], variants: [UInt64] = []
        var postingStarts: [UInt32] = [], postingBounds: [UInt8] = []
        var weights: [Float] = [], dominantVariants: [UInt8] = []
        postingStarts.reserveCapacity(postings.count)
        weights.reserveCapacity(postings.count)
        dominantVariants.reserveCapacity(postings.count)
        var keyWeights: [Double] = [], keyFlags: [UInt8] = []
        var variantCounts = [Int](repeating: 0, count: 256), variantSeen: [Int] = []
        let storage = postings.storage
        for key in 0..<postings.count {
            starts.append(UInt32(variants.count))
            postingStarts.append(UInt32(postingBounds.count))
            let list = postings[UInt32(key)]
            let n = list.count
            let keyIDF = idf(n)
            let positions = list.base + 2 + 2 * n
            var block = [Double](repeating: 0, count: 4), mask: UInt64 = 0
            keyWeights.removeAll(keepingCapacity: true)
            keyFlags.removeAll(keepingCapacity: true)
            // The exact form in the most postings.
            for i in 0..<n {
                let lo = positions + Int(storage[list.base + 1 + n + i])
                let hi = positions + Int(storage[list.base + 2 + n + i])
                var previous = -1
                for p in lo..<hi {
                    let v = Int(PostingList.variant(storage[p]))
                    guard v != previous else { continue }
                    previous = v
                    if variantCounts[v] == 0 { variantSeen.append(v) }
                    variantCounts[v] += 1
                }
            }
            var dominant = Int(PostingList.noVariant)
            for v in variantSeen where variantCounts[v] > (dominant == Int(PostingList.noVariant) ? 0 : variantCounts[dominant]) {
                dominant = v
            }
            for v in variantSeen { variantCounts[v] = 0 }
            variantSeen.removeAll(keepingCapacity: true)
            for i in 0..<n {
                let doc = Int(list.document(i))
                let titleEnd = titleCounts[doc]
                let lo = positions + Int(storage[list.base + 1 + n + i])
                let hi = positions + Int(storage[list.base + 2 + n + i])
                var frequency = UInt32(hi - lo)
                var flags: UInt8 = 0
                for p in lo..<hi {
                    let v = PostingList.variant(storage[p])
                    mask |= 1 << UInt64(v & 63)
                    if v == dominant && dominant != PostingList.noVariant { flags |= Self.dominantBit }
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
                keyWeights.append(weight)
                keyFlags.append(flags | (title ? Self.titleBit : 0))
                if i & (Self.size - 1) == Self.size - 1 || i == n - 1 {
                    bounds.append(contentsOf: block.map(Self.roundedUp))
                    variants.append(mask)
                    block = [0, 0, 0, 0]
                    mask = 0
                }
            }
            let highest = Self.roundedUp(keyWeights.max() ?? 0)
            weights.append(highest)
            dominantVariants.append(UInt8(dominant))
            for (weight, flags) in zip(keyWeights, keyFlags) {
                let share = highest > 0 ? min(63, (63 * weight / Double(highest)).rounded(.up)) : 0
                postingBounds.append(UInt8(share) | flags)
            }
        }
        self.starts = starts
        self.bounds = bounds
        self.variants = variants
        self.postingStarts = postingStarts
        self.postingBounds = postingBounds
        self.weights = weights
        self.dominantVariants = dominantVariants
    }

    /// `value` as a Float no smaller than it, with room for rounding in sums of scores.
    private static func roundedUp(_ value: Double) -> Float {
        Float(value * (1 + 1e-6)).nextUp
    }

    /// The bound of the `i`th posting of `key` for a query word of exact-form `variant`, and
    /// whether that posting may hold the exact form; `inTitle` tells whether the posting has
    /// the word in its title, when known.
    func bound(key: UInt32, posting i: Int, variant: UInt32?, inTitle: Bool? = nil) -> (score: Double, exact: UInt16) {
        withView { view in
            let b = view.bound(block: view.firstBlock(of: key) + i >> Self.shift, variant: variant, inTitle: inTitle)
            return (b.score, b.exact)
        }
    }

    /// Calls `body` with pointers to the bounds.
    func withView<R>(_ body: (BlockBoundsView) -> R) -> R {
        starts.withUnsafeBufferPointer { starts in
            bounds.withUnsafeBufferPointer { bounds in
                variants.withUnsafeBufferPointer { variants in
                    postingStarts.withUnsafeBufferPointer { postingStarts in
                        postingBounds.withUnsafeBufferPointer { postingBounds in
                            body(BlockBoundsView(starts: starts.baseAddress!, bounds: bounds.baseAddress!,
                                                 variants: variants.baseAddress!, postingStarts: postingStarts.baseAddress!,
                                                 postingBounds: postingBounds.baseAddress!, weights: weights,
                                                 dominantVariants: dominantVariants))
                        }
                    }
                }
            }
        }
    }

    /// Bytes the bounds occupy.
    var byteCount: Int {
        starts.count * 4 + bounds.count * 4 + variants.count * 8 + postingStarts.count * 4 + postingBounds.count
            + weights.count * 4 + dominantVariants.count
    }

    /// The one-byte bound of the `i`th posting of `key` for a query word of exact-form
    /// `variant` whose key has inverse document frequency `idf` (for tests).
    func postingBound(key: UInt32, posting i: Int, variant: UInt32?, idf: Double,
                      parameters: RankingParameters) -> (exact: UInt16, score: Double) {
        withView { view in
            view.postingBound(view.word(key: key, variant: variant, idf: idf, parameters: parameters), posting: i)
        }
    }
}

/// Pointers to `BlockBounds`' tables, valid inside `BlockBounds.withView`: what ranking reads
/// per window and per document, without bounds checks or reference counting.
struct BlockBoundsView {
    let starts: UnsafePointer<UInt32>
    let bounds: UnsafePointer<Float>
    let variants: UnsafePointer<UInt64>
    let postingStarts: UnsafePointer<UInt32>
    let postingBounds: UnsafePointer<UInt8>
    /// Small per-key tables, read once a query word.
    let weights: [Float]
    let dominantVariants: [UInt8]

    /// The first block of `key`'s postings; posting `i` is in block `firstBlock + i >> shift`.
    @inline(__always) func firstBlock(of key: UInt32) -> Int { Int(starts[Int(key)]) }

    /// What a query word's one-byte posting bounds are read with.
    struct WordBound {
        /// Where the key's blocks and posting bytes begin.
        let firstBlock: Int, firstPosting: Int
        /// A 63rd of the key's highest BM25 weight.
        let unit: Double
        /// The title-match weight of the key (`titleMatchWeight · idf`).
        let title: Double
        let exactWeight: Double
        let variant: UInt32?
        /// Whether `variant` is the key's most common form, so the posting byte tells its presence.
        let variantIsDominant: Bool
    }

    /// The bound reader of `key` for a query word of exact-form `variant`.
    func word(key: UInt32, variant: UInt32?, idf: Double, parameters: RankingParameters) -> WordBound {
        let k = Int(key)
        return WordBound(firstBlock: Int(starts[k]), firstPosting: Int(postingStarts[k]),
                         unit: Double(weights[k]) / 63, title: parameters.titleMatchWeight * idf,
                         exactWeight: parameters.exactWeight, variant: variant,
                         variantIsDominant: dominantVariants[k] != UInt8(PostingList.noVariant)
                            && variant == UInt32(dominantVariants[k]))
    }

    /// An upper bound of the key of the `i`th posting, from its byte: its weight, plus the title
    /// weight when the word is in the title, plus the exact-form bonus when the posting may hold
    /// the query's form (its byte tells for the most common form, its block's variants else).
    @inline(__always) func postingBound(_ word: WordBound, posting i: Int) -> (exact: UInt16, score: Double) {
        let byte = postingBounds[word.firstPosting + i]
        let weight = Double(byte & 0x3F) * word.unit
        var score = weight
        if byte & BlockBounds.titleBit != 0 { score += word.title }
        guard let variant = word.variant else { return (0, score) }
        let exact = word.variantIsDominant
            ? byte & BlockBounds.dominantBit != 0
            : variants[word.firstBlock + i >> BlockBounds.shift] & (1 << UInt64(variant & 63)) != 0
        return exact ? (1, score + word.exactWeight * weight) : (0, score)
    }

    /// The bound of a block's postings for a query word of exact-form `variant`, and whether a
    /// posting of the block may hold the exact form; `inTitle` tells whether the posting looked
    /// at has the word in its title, when known.
    @inline(__always)
    func bound(block: Int, variant: UInt32?, inTitle: Bool? = nil) -> (exact: UInt16, score: Double) {
        var exact: UInt16 = 0
        if let variant, variants[block] & (1 << UInt64(variant & 63)) != 0 { exact = 1 }
        let at = 4 * block + 2 * Int(exact)
        guard let inTitle else { return (exact, Double(max(bounds[at], bounds[at + 1]))) }
        return (exact, Double(bounds[at + (inTitle ? 1 : 0)]))
    }
}

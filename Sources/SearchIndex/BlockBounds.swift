/// A one-byte upper bound of each posting's score for every stem key, and the exact forms
/// found in each block of `BlockBounds.size` consecutive postings, computed once at index time,
/// so that top-k ranking can skip documents that cannot enter the best k without reading their
/// positions. One byte a posting, 8 bytes per block of 64 postings, plus 13 per key.
struct BlockBounds: Sendable {
    /// Postings per block, as a shift.
    static let shift = 6
    /// How many postings a block holds.
    static var size: Int { 1 << shift }

    /// Where each key's blocks begin in the arrays below.
    private let starts: [UInt32]
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
        var variants: [UInt64] = []
        var postingStarts: [UInt32] = [], postingBounds: [UInt8] = []
        var weights: [Float] = [], dominantVariants: [UInt8] = []
        postingStarts.reserveCapacity(postings.count)
        // The exact sizes up front: grown by appending, the two per-posting and per-block arrays
        // kept up to half of their bytes unused.
        var postingCount = 0, blockCount = 0
        for key in 0..<postings.count {
            let n = postings[UInt32(key)].count
            postingCount += n
            blockCount += (n + Self.size - 1) >> Self.shift
        }
        postingBounds.reserveCapacity(postingCount)
        variants.reserveCapacity(blockCount)
        weights.reserveCapacity(postings.count)
        dominantVariants.reserveCapacity(postings.count)
        var keyWeights: [Double] = [], keyFlags: [UInt8] = []
        var variantCounts = [Int](repeating: 0, count: 256), variantSeen: [Int] = []
        postings.storage.withUnsafeBufferPointer { buffer in
            let storage = buffer.baseAddress!
            for key in 0..<postings.count {
                starts.append(UInt32(variants.count))
                postingStarts.append(UInt32(postingBounds.count))
                let list = postings[UInt32(key)]
                let n = list.count
                let keyIDF = idf(n)
                let layout = list.layout
                var mask: UInt64 = 0
                keyWeights.removeAll(keepingCapacity: true)
                keyFlags.removeAll(keepingCapacity: true)
                // The exact form in the most postings.
                for i in 0..<n {
                    var positions = layout.decoder(storage, i)
                    var previous = -1
                    while !positions.isEmpty {
                        let v = Int(PostingList.variant(positions.read()))
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
                    let doc = Int(layout.document(storage, i))
                    let titleEnd = titleCounts[doc]
                    var positions = layout.decoder(storage, i)
                    var frequency: UInt32 = 0
                    var flags: UInt8 = 0
                    var title = false, first = true
                    while !positions.isEmpty {
                        let p = positions.read()
                        let v = PostingList.variant(p)
                        mask |= 1 << UInt64(v & 63)
                        if v == dominant && dominant != PostingList.noVariant { flags |= Self.dominantBit }
                        frequency += 1
                        let inTitle = PostingList.token(p) < titleEnd
                        if inTitle { frequency += parameters.titleBoost - 1 }
                        if first { title = inTitle }
                        first = false
                    }
                    // The exact form's frequency is at most the stem's.
                    let weight = parameters.bm25(frequency: frequency, norm: lengthNorms[doc], idf: keyIDF)
                    keyWeights.append(weight)
                    keyFlags.append(flags | (title ? Self.titleBit : 0))
                    if i & (Self.size - 1) == Self.size - 1 || i == n - 1 {
                        variants.append(mask)
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
        }
        self.starts = starts
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

    /// Calls `body` with pointers to the bounds.
    func withView<R>(_ body: (BlockBoundsView) -> R) -> R {
        starts.withUnsafeBufferPointer { starts in
            variants.withUnsafeBufferPointer { variants in
                postingStarts.withUnsafeBufferPointer { postingStarts in
                    postingBounds.withUnsafeBufferPointer { postingBounds in
                        body(BlockBoundsView(starts: starts.baseAddress!, variants: variants.baseAddress!,
                                             postingStarts: postingStarts.baseAddress!,
                                             postingBounds: postingBounds.baseAddress!, weights: weights,
                                             dominantVariants: dominantVariants))
                    }
                }
            }
        }
    }

    /// Bytes the bounds occupy.
    var byteCount: Int {
        starts.capacity * 4 + variants.capacity * 8 + postingStarts.capacity * 4 + postingBounds.capacity
            + weights.capacity * 4 + dominantVariants.capacity
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
    let variants: UnsafePointer<UInt64>
    let postingStarts: UnsafePointer<UInt32>
    let postingBounds: UnsafePointer<UInt8>
    /// Small per-key tables, read once a query word.
    let weights: [Float]
    let dominantVariants: [UInt8]


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
        Self.bound(word, byte: postingBounds[word.firstPosting + i], blockMayHold: blockMayHold(word, posting: i))
    }

    /// Whether the block of the `i`th posting holds the word's (non-dominant) exact form somewhere.
    @inline(__always) func blockMayHold(_ word: WordBound, posting i: Int) -> Bool {
        guard let variant = word.variant, !word.variantIsDominant else { return false }
        return variants[word.firstBlock + i >> BlockBounds.shift] & (1 << UInt64(variant & 63)) != 0
    }

    /// The bound a posting byte gives (`postingBound`); `blockMayHold` matters only for a
    /// variant that is not the key's dominant one.
    @inline(__always)
    static func bound(_ word: WordBound, byte: UInt8, blockMayHold: Bool) -> (exact: UInt16, score: Double) {
        let weight = Double(byte & 0x3F) * word.unit
        var score = weight
        if byte & BlockBounds.titleBit != 0 { score += word.title }
        guard word.variant != nil else { return (0, score) }
        let exact = word.variantIsDominant ? byte & BlockBounds.dominantBit != 0 : blockMayHold
        return exact ? (1, score + word.exactWeight * weight) : (0, score)
    }

    /// `postingBound` for every byte, into `scores` and `exacts` (512 entries each: the byte,
    /// plus 256 when the posting's block may hold the form), so a loop over postings reads a
    /// table instead of computing.
    func tabulate(_ word: WordBound, scores: UnsafeMutablePointer<Double>, exacts: UnsafeMutablePointer<UInt16>) {
        for i in 0..<512 {
            let b = Self.bound(word, byte: UInt8(i & 255), blockMayHold: i >= 256)
            scores[i] = b.score
            exacts[i] = b.exact
        }
    }
}

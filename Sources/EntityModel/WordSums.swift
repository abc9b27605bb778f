/// The summed scores of the features of one word that depend on that word alone, by the part the
/// word plays for the token being scored: the token itself, the previous word, the next, two
/// before, two after. Worked out once per distinct word (summing its ~40 table rows) and kept
/// with its facts, so `FeatureScorer` reads five vectors of a token's window where it would read
/// each of their rows, and hashes and looks up per token only the features that join two words
/// or the rules' tags.
struct WordSums {
    /// Each sum holds the scores of its features in `FeatureExtractor.forEachToken`'s order
    /// (templates in brackets); a feature the table does not know adds nothing.
    /// [2, 3, 10 …, 13 …, 14 …, 15 …, 16, 18 …]: the word's own features.
    let own: SIMD8<Float>
    /// [4, 11 …, 28, 37, 35, 19 …]: what the word gives the token after it.
    let asPrevious: SIMD8<Float>
    /// [5, 12 …, 29, 38, 36, 20 …]: what the word gives the token before it.
    let asNext: SIMD8<Float>
    /// [6, 21 …]: what the word gives the token two after it.
    let asSecondBefore: SIMD8<Float>
    /// [7, 22 …]: what the word gives the token two before it.
    let asSecondAfter: SIMD8<Float>

    /// No scores (a word not yet scored).
    static let zero = WordSums()

    private init() {
        own = .zero; asPrevious = .zero; asNext = .zero; asSecondBefore = .zero; asSecondAfter = .zero
    }

    /// The sums of `t`'s one-word features in `table`. The features are gathered first and
    /// their rows found in one pass (`FeatureTable.rows(of:into:)`: the memory reads overlap),
    /// then added group by group in order.
    init(_ t: TokenFacts, in table: FeatureTable) {
        typealias H = FeatureHash
        let most = 16 + 3 * t.stripped.count + 5 * t.classes.count + t.basePrefixes.count + t.baseSuffixes.count
            + t.keyPrefixes.count
        var sums = (SIMD8<Float>.zero, SIMD8<Float>.zero, SIMD8<Float>.zero, SIMD8<Float>.zero, SIMD8<Float>.zero)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: most) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: most) { rows in
                var count = 0
                var ends = (0, 0, 0, 0)
                func add(_ feature: UInt64) { features[count] = feature; count += 1 }
                add(H.of(2, t.surface)); add(H.of(3, t.key))
                for s in t.stripped { add(H.of(10, s)) }
                for p in t.basePrefixes { add(H.of(13, p)) }
                for s in t.baseSuffixes { add(H.of(14, s)) }
                for p in t.keyPrefixes { add(H.of(15, p)) }
                add(H.of(16, t.shape))
                for c in t.classes { add(H.of(18, c)) }
                ends.0 = count
                // What the word gives a next-door token: its key, stripped keys, an affix of two
                // and of three letters, surface and classes (the templates' numbers in order).
                func neighbour(_ key: UInt64, _ stripped: UInt64, _ two: (UInt64, UInt64), _ three: (UInt64, UInt64?),
                               _ surface: UInt64, _ classes: UInt64) {
                    add(H.of(key, t.key))
                    for s in t.stripped { add(H.of(stripped, s)) }
                    add(H.of(two.0, two.1))
                    if let affix = three.1 { add(H.of(three.0, affix)) }
                    add(H.of(surface, t.surface))
                    for c in t.classes { add(H.of(classes, c)) }
                }
                neighbour(4, 11, (28, t.suffix2), (37, t.suffix3), 35, 19)  // as the previous word
                ends.1 = count
                neighbour(5, 12, (29, t.prefix2), (38, t.prefix3), 36, 20)  // as the next word
                ends.2 = count
                add(H.of(6, t.key))
                for c in t.classes { add(H.of(21, c)) }
                ends.3 = count
                add(H.of(7, t.key))
                for c in t.classes { add(H.of(22, c)) }
                precondition(count <= most)
                table.rows(of: UnsafeBufferPointer(rebasing: features[0..<count]), into: UnsafeMutableBufferPointer(rebasing: rows[0..<count]))
                func sum(_ range: Range<Int>) -> SIMD8<Float> {
                    SIMD8<Float>(table.quantizedSum(ofRows: UnsafeBufferPointer(rebasing: rows[range]))) * table.scale
                }
                sums = (sum(0..<ends.0), sum(ends.0..<ends.1), sum(ends.1..<ends.2), sum(ends.2..<ends.3), sum(ends.3..<count))
            }
        }
        (own, asPrevious, asNext, asSecondBefore, asSecondAfter) = sums
    }
}

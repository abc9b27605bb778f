/// Adds up a sentence's feature scores: the scores of the features `FeatureExtractor.forEachToken`
/// gives each token (the trainer's features), with less work. The features of one word alone come
/// summed from its `WordSums` (worked out once per distinct word), and only the features that
/// join two words or the rules' tags are hashed and looked up per token. The sums are the same
/// scores added in another order, so a score may differ from adding each feature in turn in its
/// last bits (`FeatureScorerTests` bounds it).
struct FeatureScorer: Sendable {
    let table: FeatureTable
    /// Scores of the features that depend on no word: the bias; the sentence's first token; the
    /// neighbour templates outside the sentence (before its first token: [4] and [35]; after its
    /// last: [5] and [36]; two before, two after).
    private let bias, first, noPrevious, noNext, noSecondBefore, noSecondAfter: SIMD8<Float>

    init(table: FeatureTable) {
        self.table = table
        let none = TokenFacts.none
        typealias H = FeatureHash
        bias = table.scores(of: H.of(1))
        first = table.scores(of: H.of(27))
        noPrevious = table.scores(of: H.of(4, none)) + table.scores(of: H.of(35, none))
        noNext = table.scores(of: H.of(5, none)) + table.scores(of: H.of(36, none))
        noSecondBefore = table.scores(of: H.of(6, none))
        noSecondAfter = table.scores(of: H.of(7, none))
    }

    /// Works out `facts.sums` for this table unless they are kept from before.
    @inline(__always)
    func scoreWord(_ facts: TokenFacts) {
        guard facts.sumsTable !== table.identity else { return }
        facts.sums = WordSums(facts, in: table)
        facts.sumsTable = table.identity
    }

    /// Adds each token's feature scores into `scores[i * NERTag.count ..< (i + 1) * NERTag.count]`.
    /// `ruleTags[i]` is the rules' BIO label of token `i`.
    func addScores(of f: [TokenFacts], ruleTags: [String], into scores: UnsafeMutableBufferPointer<Float>) {
        let n = f.count
        guard n > 0 else { return }
        typealias H = FeatureHash
        let rules = ruleTags.map(FeatureHash.value)
        for t in f { scoreWord(t) }
        let none = TokenFacts.none
        func key(_ i: Int) -> UInt64 { i < 0 || i >= n ? none : f[i].key }
        func rule(_ i: Int) -> UInt64 { i < 0 || i >= n ? none : rules[i] }
        // The most features a token joins: eight, and two a class.
        let most = 8 + 2 * f.reduce(0) { max($0, $1.classes.count) }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: most) { pairs in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: most) { pairRows in
                for i in 0..<n {
                    let t = f[i]
                    var count = 0
                    func pair(_ feature: UInt64) { pairs[count] = feature; count += 1 }
                    pair(H.of(8, key(i - 1), t.key))
                    pair(H.of(9, t.key, key(i + 1)))
                    pair(H.of(30, key(i - 1), key(i + 1)))
                    pair(H.of(17, i > 0 ? f[i - 1].shape : none, t.shape, i + 1 < n ? f[i + 1].shape : none))
                    for c in t.classes {
                        pair(H.of(33, key(i - 1), c))
                        pair(H.of(34, c, key(i + 1)))
                    }
                    pair(H.of(23, rule(i)))
                    pair(H.of(24, rule(i - 1), rule(i)))
                    pair(H.of(25, rule(i), rule(i + 1)))
                    pair(H.of(26, rule(i), t.shape))
                    // Start the memory reads of the joined features before adding the word sums.
                    let found = UnsafeMutableBufferPointer(rebasing: pairRows[0..<count])
                    table.rows(of: UnsafeBufferPointer(rebasing: pairs[0..<count]), into: found)
                    var sum = bias + t.sums.own
                    sum += i >= 1 ? f[i - 1].sums.asPrevious : noPrevious
                    sum += i + 1 < n ? f[i + 1].sums.asNext : noNext
                    sum += i >= 2 ? f[i - 2].sums.asSecondBefore : noSecondBefore
                    sum += i + 2 < n ? f[i + 2].sums.asSecondAfter : noSecondAfter
                    if i == 0 { sum += first }
                    let offset = i * NERTag.count
                    for k in 0..<NERTag.count { scores[offset + k] += sum[k] }
                    table.addScores(ofRows: UnsafeBufferPointer(found), into: scores, at: offset)
                }
            }
        }
    }
}

/// Adds up a sentence's feature scores exactly as `FeatureExtractor.forEachToken` followed by
/// `FeatureTable.addScores` does (the same rows, added in the same order: the same floats), with
/// less work: the features of one word alone come from its `WordRows` (looked up once per
/// distinct word), and only the features that join two words or the rules' tags are hashed and
/// looked up per token.
struct FeatureScorer: Sendable {
    let table: FeatureTable
    /// Rows of the features that depend on no word: the bias; the sentence's first token; the
    /// neighbour templates outside the sentence.
    private let bias, first, noPrevious, noNext, noSecondBefore, noSecondAfter, noPreviousSurface, noNextSurface: Int32

    init(table: FeatureTable) {
        self.table = table
        let none = TokenFacts.none
        typealias H = FeatureHash
        bias = table.row(of: H.of(1))
        first = table.row(of: H.of(27))
        noPrevious = table.row(of: H.of(4, none))
        noNext = table.row(of: H.of(5, none))
        noSecondBefore = table.row(of: H.of(6, none))
        noSecondAfter = table.row(of: H.of(7, none))
        noPreviousSurface = table.row(of: H.of(35, none))
        noNextSurface = table.row(of: H.of(36, none))
    }

    /// The rows of `facts`' one-word features, looked up now or kept from before.
    @inline(__always)
    func rows(of facts: TokenFacts) -> WordRows {
        if let rows = facts.rows, rows.table === table.identity { return rows }
        let rows = WordRows(facts, in: table)
        facts.rows = rows
        return rows
    }

    /// Adds each token's feature scores into `scores[i * NERTag.count ..< (i + 1) * NERTag.count]`.
    /// `ruleTags[i]` is the rules' BIO label of token `i`.
    func addScores(of f: [TokenFacts], ruleTags: [String], into scores: UnsafeMutableBufferPointer<Float>) {
        let n = f.count
        guard n > 0 else { return }
        typealias H = FeatureHash
        typealias G = WordRows.Group
        let rules = ruleTags.map(FeatureHash.value)
        let words = f.map(rows(of:))
        let none = TokenFacts.none
        func key(_ i: Int) -> UInt64 { i < 0 || i >= n ? none : f[i].key }
        func rule(_ i: Int) -> UInt64 { i < 0 || i >= n ? none : rules[i] }
        // The most rows a token adds: its own and its neighbours' one-word rows, plus the rest.
        var most = 0
        for i in 0..<n {
            var m = 20 + 3 * f[i].classes.count
            for j in max(0, i - 2)...min(n - 1, i + 2) { m += words[j].rows.count }
            most = max(most, m)
        }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: most) { list in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: most) { pairs in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: most) { pairAt in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: most) { pairRows in
                        for i in 0..<n {
                            let t = f[i]
                            var count = 0, pairCount = 0
                            func add(_ row: Int32) { list[count] = row; count += 1 }
                            func add(_ g: G, of j: Int) {
                                words[j].rows.withUnsafeBufferPointer { rows in
                                    for k in words[j].range(g) { list[count] = rows[k]; count += 1 }
                                }
                            }
                            func pair(_ feature: UInt64) {
                                pairs[pairCount] = feature
                                pairAt[pairCount] = count
                                pairCount += 1
                                count += 1
                            }
                            add(bias)
                            add(.own, of: i)
                            if i >= 1 { add(.asPrevious, of: i - 1) } else { add(noPrevious) }
                            if i + 1 < n { add(.asNext, of: i + 1) } else { add(noNext) }
                            if i >= 2 { add(.asSecondBefore, of: i - 2) } else { add(noSecondBefore) }
                            if i + 2 < n { add(.asSecondAfter, of: i + 2) } else { add(noSecondAfter) }
                            pair(H.of(8, key(i - 1), t.key))
                            pair(H.of(9, t.key, key(i + 1)))
                            add(.ownStripped, of: i)
                            if i > 0 { add(.strippedAsPrevious, of: i - 1) }
                            if i + 1 < n { add(.strippedAsNext, of: i + 1) }
                            add(.ownAffixes, of: i)
                            if i > 0 { add(.affixesAsPrevious, of: i - 1) } else { add(noPreviousSurface) }
                            if i + 1 < n { add(.affixesAsNext, of: i + 1) } else { add(noNextSurface) }
                            pair(H.of(30, key(i - 1), key(i + 1)))
                            add(.ownShape, of: i)
                            pair(H.of(17, i > 0 ? f[i - 1].shape : none, t.shape, i + 1 < n ? f[i + 1].shape : none))
                            let ownClasses = words[i].range(.ownClasses).lowerBound
                            for (k, c) in t.classes.enumerated() {
                                add(words[i].rows[ownClasses + k])
                                pair(H.of(33, key(i - 1), c))
                                pair(H.of(34, c, key(i + 1)))
                            }
                            if i > 0 { add(.classesAsPrevious, of: i - 1) }
                            if i + 1 < n { add(.classesAsNext, of: i + 1) }
                            if i > 1 { add(.classesAsSecondBefore, of: i - 2) }
                            if i + 2 < n { add(.classesAsSecondAfter, of: i + 2) }
                            pair(H.of(23, rule(i)))
                            pair(H.of(24, rule(i - 1), rule(i)))
                            pair(H.of(25, rule(i), rule(i + 1)))
                            pair(H.of(26, rule(i), t.shape))
                            if i == 0 { add(first) }
                            let resolved = UnsafeMutableBufferPointer(rebasing: pairRows[0..<pairCount])
                            table.rows(of: UnsafeBufferPointer(rebasing: pairs[0..<pairCount]), into: resolved)
                            for k in 0..<pairCount { list[pairAt[k]] = resolved[k] }
                            table.addScores(ofRows: UnsafeBufferPointer(rebasing: list[0..<count]), into: scores,
                                            at: i * NERTag.count)
                        }
                    }
                }
            }
        }
    }
}

/// The summed scores of the features of one word that depend on that word alone, by the part the
/// word plays for the token being scored: the token itself, the previous word, the next, two
/// before, two after. Worked out once per distinct word (summing its ~40 table rows) and kept
/// with its facts, so `FeatureScorer` reads five vectors of a token's window where it would read
/// each of their rows, and hashes and looks up per token only the features that join two words
/// or the rules' tags.
struct WordSums {
    /// The table the scores are of.
    let table: FeatureTable.Identity
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

    /// The sums of `t`'s one-word features in `table`.
    init(_ t: TokenFacts, in table: FeatureTable) {
        self.table = table.identity
        typealias H = FeatureHash
        func scores(_ feature: UInt64) -> SIMD8<Float> { table.scores(of: feature) }
        var own = scores(H.of(2, t.surface)) + scores(H.of(3, t.key))
        for s in t.stripped { own += scores(H.of(10, s)) }
        for p in t.basePrefixes { own += scores(H.of(13, p)) }
        for s in t.baseSuffixes { own += scores(H.of(14, s)) }
        for p in t.keyPrefixes { own += scores(H.of(15, p)) }
        own += scores(H.of(16, t.shape))
        for c in t.classes { own += scores(H.of(18, c)) }
        self.own = own

        var previous = scores(H.of(4, t.key))
        for s in t.stripped { previous += scores(H.of(11, s)) }
        previous += scores(H.of(28, t.suffix2))
        if let s3 = t.suffix3 { previous += scores(H.of(37, s3)) }
        previous += scores(H.of(35, t.surface))
        for c in t.classes { previous += scores(H.of(19, c)) }
        asPrevious = previous

        var next = scores(H.of(5, t.key))
        for s in t.stripped { next += scores(H.of(12, s)) }
        next += scores(H.of(29, t.prefix2))
        if let p3 = t.prefix3 { next += scores(H.of(38, p3)) }
        next += scores(H.of(36, t.surface))
        for c in t.classes { next += scores(H.of(20, c)) }
        asNext = next

        var before = scores(H.of(6, t.key))
        for c in t.classes { before += scores(H.of(21, c)) }
        asSecondBefore = before

        var after = scores(H.of(7, t.key))
        for c in t.classes { after += scores(H.of(22, c)) }
        asSecondAfter = after
    }
}

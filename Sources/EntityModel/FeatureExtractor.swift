import ArabicText

/// Turns a sentence of tokens, with the rule recogniser's tags as evidence, into the hashed
/// features of each token. The trainer and the server call the same code, so the weights they
/// share mean the same thing. Templates follow the feature-based Arabic NER literature
/// (Benajiba & Rosso's CRF: lexical, contextual, gazetteer features; Abdul-Hamid & Darwish:
/// leading and trailing character n-grams instead of morphological analysis).
public struct FeatureExtractor {
    /// Facts of the words seen so far (texts repeat their words; they are worked out once).
    /// Keyed by the fingerprint of the word's bytes (hashing a `String` key normalises it).
    private var facts = WordFactsMemory()
    /// The previous generation: when `facts` fills it becomes this one, so the words still in
    /// use are carried over instead of worked out again (a bounded, mostly-recent memory).
    private var older = WordFactsMemory()

    /// The most words a generation remembers (a worker analysing thousands of articles keeps
    /// a bounded vocabulary: at most two generations). At start-up one worker per core reads
    /// every article its thread takes; 20,000 words a generation cost +1 MiB of resident memory
    /// at 8,000 articles, 40,000 cost +14 MiB for no CPU time measurably saved.
    static let rememberedWords = 20_000

    public init() {}

    /// The facts of each word of `tokens`, worked out once per distinct word.
    mutating func facts(of tokens: [String]) -> [TokenFacts] {
        if facts.count > Self.rememberedWords {
            older = facts
            facts = WordFactsMemory()
        }
        return tokens.map { word -> TokenFacts in
            let id = FeatureHash.value(word)
            if let known = facts[id] { return known }
            let new = older[id] ?? TokenFacts(word)
            facts.insert(new, for: id)
            return new
        }
    }

    /// The features of each token of `tokens`. `ruleTags[i]` is the rules' BIO label of token
    /// `i` (`B-person`, `I-location`, `O`).
    public mutating func features(of tokens: [String], ruleTags: [String]) -> [[UInt64]] {
        features(of: facts(of: tokens), ruleTags: ruleTags)
    }

    /// The features of each token whose facts are `f`.
    func features(of f: [TokenFacts], ruleTags: [String]) -> [[UInt64]] {
        var out: [[UInt64]] = []
        out.reserveCapacity(f.count)
        forEachToken(of: f, ruleTags: ruleTags) { _, features in out.append(features) }
        return out
    }

    /// Calls `body` with each token's index and features, in order. The features are lent for
    /// the call only (one buffer serves every token: no array is made per token).
    func forEachToken(of f: [TokenFacts], ruleTags: [String], _ body: (Int, [UInt64]) -> Void) {
        let rules = ruleTags.map(FeatureHash.value)
        let n = f.count
        let none = TokenFacts.none
        func key(_ i: Int) -> UInt64 { i < 0 || i >= n ? none : f[i].key }
        func rule(_ i: Int) -> UInt64 { i < 0 || i >= n ? none : rules[i] }
        var h: [UInt64] = []
        h.reserveCapacity(96)
        for i in 0..<n {
            let t = f[i]
            h.removeAll(keepingCapacity: true)
            h.append(FeatureHash.of(1))
            h.append(FeatureHash.of(2, t.surface))
            h.append(FeatureHash.of(3, t.key))
            h.append(FeatureHash.of(4, key(i - 1)))
            h.append(FeatureHash.of(5, key(i + 1)))
            h.append(FeatureHash.of(6, key(i - 2)))
            h.append(FeatureHash.of(7, key(i + 2)))
            h.append(FeatureHash.of(8, key(i - 1), t.key))
            h.append(FeatureHash.of(9, t.key, key(i + 1)))
            for s in t.stripped { h.append(FeatureHash.of(10, s)) }
            if i > 0 { for s in f[i - 1].stripped { h.append(FeatureHash.of(11, s)) } }
            if i + 1 < n { for s in f[i + 1].stripped { h.append(FeatureHash.of(12, s)) } }
            for p in t.basePrefixes { h.append(FeatureHash.of(13, p)) }
            for s in t.baseSuffixes { h.append(FeatureHash.of(14, s)) }
            for p in t.keyPrefixes { h.append(FeatureHash.of(15, p)) }
            if i > 0 {
                h.append(FeatureHash.of(28, f[i - 1].suffix2))
                if let s3 = f[i - 1].suffix3 { h.append(FeatureHash.of(37, s3)) }
                h.append(FeatureHash.of(35, f[i - 1].surface))
            } else {
                h.append(FeatureHash.of(35, none))
            }
            if i + 1 < n {
                h.append(FeatureHash.of(29, f[i + 1].prefix2))
                if let p3 = f[i + 1].prefix3 { h.append(FeatureHash.of(38, p3)) }
                h.append(FeatureHash.of(36, f[i + 1].surface))
            } else {
                h.append(FeatureHash.of(36, none))
            }
            h.append(FeatureHash.of(30, key(i - 1), key(i + 1)))
            h.append(FeatureHash.of(16, t.shape))
            h.append(FeatureHash.of(17, i > 0 ? f[i - 1].shape : none, t.shape, i + 1 < n ? f[i + 1].shape : none))
            for c in t.classes {
                h.append(FeatureHash.of(18, c))
                h.append(FeatureHash.of(33, key(i - 1), c))
                h.append(FeatureHash.of(34, c, key(i + 1)))
            }
            if i > 0 { for c in f[i - 1].classes { h.append(FeatureHash.of(19, c)) } }
            if i + 1 < n { for c in f[i + 1].classes { h.append(FeatureHash.of(20, c)) } }
            if i > 1 { for c in f[i - 2].classes { h.append(FeatureHash.of(21, c)) } }
            if i + 2 < n { for c in f[i + 2].classes { h.append(FeatureHash.of(22, c)) } }
            h.append(FeatureHash.of(23, rule(i)))
            h.append(FeatureHash.of(24, rule(i - 1), rule(i)))
            h.append(FeatureHash.of(25, rule(i), rule(i + 1)))
            h.append(FeatureHash.of(26, rule(i), t.shape))
            if i == 0 { h.append(FeatureHash.of(27)) }
            body(i, h)
        }
    }

    /// The rules' BIO label of each token: `B-type` on the token where a rule mention starts,
    /// `I-type` on the tokens it continues over, `O` elsewhere. Offsets are scalars.
    public static func ruleTags(tokens: [(start: Int, end: Int)], mentions: [EntityMention]) -> [String] {
        var tags = Array(repeating: "O", count: tokens.count)
        var m = 0
        let sorted = mentions.sorted { $0.start < $1.start }
        for (i, t) in tokens.enumerated() {
            while m < sorted.count, sorted[m].end <= t.start { m += 1 }
            guard m < sorted.count, sorted[m].start < t.end else { continue }
            let begins = sorted[m].start >= t.start
            tags[i] = (begins ? "B-" : "I-") + sorted[m].type.rawValue
        }
        return tags
    }
}

extension InvertedIndex {
    /// The documents matching every clause, no exclusion, and `filter`, as bits: each word's
    /// postings become a `PostingBits` (a bit a posting), clauses are unions and the query their
    /// intersection, 64 documents a machine word; so the count is exact without scoring a
    /// posting. Phrases are verified (their positions merged) only among the candidates the
    /// words and filters leave.
    func matches(_ clauses: [[ResolvedTerm]], excluded: [ResolvedTerm], filter: DocumentFilter) -> QueryMatches {
        let n = documents.count
        let ordered = clauses.sorted { cost($0) < cost($1) }
        guard !ordered.isEmpty else {
            return QueryMatches(documents: DocumentSet(capacity: n), count: 0, terms: [], clauseEnds: [])
        }
        var built: [UInt32: PostingBits] = [:]
        func bits(_ key: UInt32) -> PostingBits {
            if let b = built[key] { return b }
            let b = PostingBits(stemPostings[key], capacity: n)
            built[key] = b
            return b
        }
        /// The documents holding every word of a phrase (a superset of its matches).
        func allWords(_ words: [PostingBits]) -> DocumentSet {
            var set = words[0].set
            for w in words.dropFirst() { set.formIntersection(w.set) }
            return set
        }
        func resolve(_ term: ResolvedTerm) -> MatchedTerm {
            switch term {
            case .word(let variant, let stem?):
                return .word(bits(stem), key: stem, variant: variant)
            case .phrase(let stems) where !stems.isEmpty && stems.allSatisfy({ $0 != nil }):
                let keys = stems.map { $0! }
                let words = keys.map(bits)
                return .phrase(words: words, keys: keys, found: allWords(words), counts: nil)
            default:
                return .none
            }
        }

        var matched: DocumentSet
        if let set = filter.set, set.capacity == n { matched = set } else { matched = .all(capacity: n) }
        var terms: [MatchedTerm] = [], clauseEnds: [Int] = []
        for clause in ordered {
            let first = terms.count
            terms.append(contentsOf: clause.map(resolve))
            clauseEnds.append(terms.count)
            matched.formIntersection(Self.union(terms[first...], capacity: n))
        }
        var phraseExclusions: [MatchedTerm] = []
        for term in excluded.map(resolve) {
            if case .word(let b, _, _) = term { matched.subtract(b.set) }
            if case .phrase = term { phraseExclusions.append(term) }
        }
        if let set = filter.set, set.capacity != n { matched.retain(set.contains) }
        if let predicate = filter.predicate { matched.retain(predicate) }

        // Phrases: verified among the candidates, then their clauses applied again.
        if terms.contains(where: { if case .phrase = $0 { true } else { false } }) {
            for t in terms.indices {
                guard case .phrase(let words, let keys, var found, _) = terms[t] else { continue }
                found.formIntersection(matched)
                let counts = PhraseCounts(capacity: n)
                found = verifyPhrase(words, among: found, counting: counts)
                terms[t] = .phrase(words: words, keys: keys, found: found, counts: counts)
            }
            var start = 0
            for end in clauseEnds {
                let clause = terms[start..<end]
                if clause.contains(where: { if case .phrase = $0 { true } else { false } }) {
                    matched.formIntersection(Self.union(clause, capacity: n))
                }
                start = end
            }
        }
        for case .phrase(let words, _, var found, _) in phraseExclusions {
            found.formIntersection(matched)
            matched.subtract(verifyPhrase(words, among: found, counting: nil))
        }
        return QueryMatches(documents: matched, count: matched.count, terms: terms, clauseEnds: clauseEnds)
    }

    /// The documents any of `terms` matches (phrases: their current `found` set).
    private static func union(_ terms: ArraySlice<MatchedTerm>, capacity: Int) -> DocumentSet {
        var result: DocumentSet?
        for term in terms {
            let set: DocumentSet
            switch term {
            case .word(let b, _, _): set = b.set
            case .phrase(_, _, let found, _): set = found
            case .none: continue
            }
            if result == nil { result = set } else { result!.formUnion(set) }
        }
        return result ?? DocumentSet(capacity: capacity)
    }

    /// The documents of `candidates` where the phrase's words stand in a row; how many times
    /// into `counts` when given.
    private func verifyPhrase(_ words: [PostingBits], among candidates: DocumentSet, counting counts: PhraseCounts?) -> DocumentSet {
        var found = candidates
        let copied = PostingBitsBuffer(words, windowCount: candidates.words.count)
        let runs = UnsafeMutableBufferPointer<(lo: Int, hi: Int)>.allocate(capacity: words.count)
        defer {
            copied.deallocate()
            runs.deallocate()
        }
        // Per window: each word's posting index for every candidate bit, then the merges.
        let postings = UnsafeMutablePointer<Int>.allocate(capacity: 64 * words.count)
        defer { postings.deallocate() }
        let layouts = words.map(\.list.layout)
        let pair = layouts.count == 2
        let countsPointer = counts?.counts
        // Each candidate's runs of positions, decoded side by side into `scratch`.
        var scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: 256), room = 256
        defer { scratch.deallocate() }
        stemPostings.storage.withUnsafeBufferPointer { storage in
            let storage = storage.baseAddress!, bytes = UnsafeRawPointer(storage)
            /// Decodes the `k`th word's positions in its posting `i` after `at` in `scratch`.
            func decode(_ k: Int, _ i: Int, at: Int) -> (lo: Int, hi: Int) {
                let run = layouts[k].run(storage, i)
                if at + run.hi - run.lo > room {
                    room = 2 * (at + run.hi - run.lo)
                    let bigger = UnsafeMutablePointer<UInt32>.allocate(capacity: room)
                    bigger.moveInitialize(from: scratch, count: at)
                    scratch.deallocate()
                    scratch = bigger
                }
                return (at, at + PositionCoding.decode(bytes, run, into: scratch + at))
            }
            found.words.withUnsafeMutableBufferPointer { windows in
                for w in windows.indices where windows[w] != 0 {
                    let wanted = windows[w]
                    for k in layouts.indices {
                        let row = postings + 64 * k
                        PostingBits.forEachPosting(window: copied.bits(k)[w], rank: Int(copied.ranks(k)[w]), wanted: wanted) { b, p in
                            row[b] = p
                        }
                    }
                    var bits = wanted, kept = wanted
                    while bits != 0 {
                        let b = bits.trailingZeroBitCount
                        bits &= bits - 1
                        let count: UInt32
                        if pair {
                            // Two words, the common case: one merge, no cursor buffer.
                            let a = decode(0, postings[b], at: 0)
                            let c = decode(1, postings[64 + b], at: a.hi)
                            count = Self.countPairs(scratch, a, c)
                        } else {
                            var at = 0
                            for k in layouts.indices {
                                runs[k] = decode(k, postings[64 * k + b], at: at)
                                at = runs[k].hi
                            }
                            count = Self.countPhraseStarts(scratch, runs)
                        }
                        if count == 0 { kept &= ~(1 << UInt64(b)) }
                        countsPointer?[w << 6 | b] = count
                    }
                    windows[w] = kept
                }
            }
        }
        return found
    }

    /// How many tokens of run `a` the token after which is in run `b` (both ascending):
    /// `countPhraseStarts` for a two-word phrase.
    @inline(__always)
    static func countPairs(_ storage: UnsafePointer<UInt32>, _ a: (lo: Int, hi: Int), _ b: (lo: Int, hi: Int)) -> UInt32 {
        var count: UInt32 = 0, j = b.lo
        for i in a.lo..<a.hi {
            let wanted = PostingList.token(storage[i]) &+ 1
            while j < b.hi, PostingList.token(storage[j]) < wanted { j &+= 1 }
            guard j < b.hi else { break }
            if PostingList.token(storage[j]) == wanted { count &+= 1 }
        }
        return count
    }

    /// How many tokens start the phrase: where each word's run of positions (`runs[k]`, ascending)
    /// holds the token `k` after. A merge, linear in the runs; `runs` serve as cursors.
    @inline(__always)
    static func countPhraseStarts(_ storage: UnsafePointer<UInt32>, _ runs: UnsafeMutableBufferPointer<(lo: Int, hi: Int)>) -> UInt32 {
        var count: UInt32 = 0
        let first = runs[0]
        var p = first.lo
        candidates: while p < first.hi {
            let start = PostingList.token(storage[p])
            p += 1
            for k in 1..<runs.count {
                let wanted = start + UInt32(k)
                var c = runs[k].lo
                while c < runs[k].hi, PostingList.token(storage[c]) < wanted { c += 1 }
                runs[k].lo = c
                guard c < runs[k].hi, PostingList.token(storage[c]) == wanted else { continue candidates }
            }
            count += 1
        }
        return count
    }

    /// The best `k` of `matches`, best first (see `TopKeys`), with their scores summed as the
    /// exhaustive evaluation sums them (terms of a clause in order, then clauses in order).
    ///
    /// Each match gets a bound from its postings' bytes (`BlockBounds`: weight share, title,
    /// exact form), and matches are scored best bound first (`visit`) until no bound can beat
    /// the worst of the best k held.
    func ranked(_ matches: QueryMatches, best k: Int) -> [TopKeys.Key] {
        guard k > 0, !matches.isEmpty else { return [] }
        let windowCount = matches.documents.words.count
        // Every term's matches and every word's bits and ranks, copied into two buffers.
        var stems: [(bits: PostingBits, key: UInt32, variant: UInt32?)] = []
        var termWords: [(first: Int, count: Int, counts: PhraseCounts?)] = []
        for term in matches.terms {
            switch term {
            case .word(let bits, let key, let variant):
                termWords.append((stems.count, 1, nil))
                stems.append((bits, key, variant))
            case .phrase(let words, let keys, _, let counts):
                termWords.append((stems.count, words.count, counts))
                for i in words.indices { stems.append((words[i], keys[i], nil)) }
            case .none:
                termWords.append((stems.count, 0, nil))
            }
        }
        let termBits = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, matches.terms.count * windowCount))
        let copied = PostingBitsBuffer(stems.map(\.bits), windowCount: windowCount)
        let byteScores = UnsafeMutablePointer<Double>.allocate(capacity: max(1, stems.count) * 512)
        let byteExacts = UnsafeMutablePointer<UInt16>.allocate(capacity: max(1, stems.count) * 512)
        defer {
            termBits.deallocate()
            copied.deallocate()
            byteScores.deallocate()
            byteExacts.deallocate()
        }
        for (t, term) in matches.terms.enumerated() {
            let target = termBits + t * windowCount
            switch term {
            case .word(let bits, _, _): bits.set.words.withUnsafeBufferPointer { target.initialize(from: $0.baseAddress!, count: windowCount) }
            case .phrase(_, _, let found, _): found.words.withUnsafeBufferPointer { target.initialize(from: $0.baseAddress!, count: windowCount) }
            case .none: target.initialize(repeating: 0, count: windowCount)
            }
        }

        return withScoringTables { tables in
            stemBlocks.withView { blocks in
                let words = stems.enumerated().map { s, stem in
                    let idf = idf(stem.bits.list.count)
                    let bound = blocks.word(key: stem.key, variant: stem.variant, idf: idf, parameters: parameters)
                    // Bounds are read only when not every match is scored (see `visit`).
                    if k < matches.count {
                        blocks.tabulate(bound, scores: byteScores + 512 * s, exacts: byteExacts + 512 * s)
                    }
                    return RankedWord(bits: copied.bits(s), ranks: copied.ranks(s),
                                      scorer: WordScorer(tables: tables, base: stem.bits.list.base, idf: idf, variant: stem.variant),
                                      bound: bound, variant: stem.variant,
                                      byteScores: byteScores + 512 * s, byteExacts: byteExacts + 512 * s,
                                      bytes: blocks.postingBounds + bound.firstPosting)
                }
                let terms = termWords.enumerated().map { t, w in
                    RankedTerm(matches: termBits + t * windowCount, firstWord: w.first, wordCount: w.count,
                               phraseCounts: w.counts.map { UnsafePointer($0.counts) })
                }
                return words.withUnsafeBufferPointer { words in
                    terms.withUnsafeBufferPointer { terms in
                        matches.clauseEnds.withUnsafeBufferPointer { clauseEnds in
                            var ranker = TopKRanker(terms: terms, words: words, clauseEnds: clauseEnds, blocks: blocks,
                                                    parameters: parameters,
                                                    lengthNorms: tables.lengthNorms, top: TopKeys(capacity: k))
                            Self.visit(matches, with: &ranker)
                            return withExtendedLifetime(termWords) { ranker.top.sorted() }
                        }
                    }
                }
            }
        }
    }

    /// Scores the matches `ranker` must see: all of them when it keeps as many; else each
    /// match's bound is read from its postings' bytes (a few nanoseconds, no positions read),
    /// the matches are counted into buckets by bound, the best buckets holding some 2k matches
    /// are gathered, and buckets are scored best first until the worst of the best k beats the
    /// next bucket's highest bound. Few more than k are scored: those whose bound reaches the
    /// k-th best score.
    private static func visit(_ matches: QueryMatches, with ranker: inout TopKRanker) {
        let candidates = matches.documents.words
        guard ranker.top.capacity < matches.count else {
            matches.documents.forEach { ranker.score($0) }
            return
        }
        let m = matches.count
        // Per match: its document, bound and exact forms; then its bucket.
        let documents = UnsafeMutablePointer<UInt32>.allocate(capacity: m)
        let scores = UnsafeMutablePointer<Double>.allocate(capacity: m)
        let exacts = UnsafeMutablePointer<UInt16>.allocate(capacity: m)
        let order = UnsafeMutablePointer<Int32>.allocate(capacity: m)
        defer {
            documents.deallocate()
            scores.deallocate()
            exacts.deallocate()
            order.deallocate()
        }
        var highest = 0.0, mostExact: UInt16 = 0
        var r = 0
        let windowScores = UnsafeMutablePointer<Double>.allocate(capacity: 64)
        let windowExacts = UnsafeMutablePointer<UInt16>.allocate(capacity: 64)
        defer {
            windowScores.deallocate()
            windowExacts.deallocate()
        }
        for w in candidates.indices where candidates[w] != 0 {
            ranker.bounds(window: w, candidates: candidates[w], scores: windowScores, exacts: windowExacts)
            var bits = candidates[w]
            while bits != 0 {
                let b = bits.trailingZeroBitCount
                bits &= bits - 1
                documents[r] = UInt32(w << 6 | b)
                scores[r] = windowScores[b]
                exacts[r] = windowExacts[b]
                highest = max(highest, windowScores[b])
                mostExact = max(mostExact, windowExacts[b])
                r += 1
            }
        }
        // Bucket e·levels + l holds bounds with e exact forms and a score in the l-th share of the highest.
        let levels = 1024
        let scale = highest > 0 ? Double(levels) / highest : 0
        @inline(__always) func bucket(_ r: Int) -> Int {
            Int(exacts[r]) * levels + min(levels - 1, Int(scores[r] * scale))
        }
        let bucketCount = (Int(mostExact) + 1) * levels
        @inline(__always) func ceiling(_ bucket: Int) -> (exact: UInt16, score: Double) {
            let level = bucket % levels
            return (UInt16(bucket / levels), (level == levels - 1 ? highest : Double(level + 1) / scale) * (1 + 1e-9))
        }
        // Each match's bucket (in `order`, reused) and how many matches each bucket holds.
        let keys = order
        var counts = [Int32](repeating: 0, count: bucketCount)
        for r in 0..<m {
            let b = bucket(r)
            keys[r] = Int32(b)
            counts[b] += 1
        }
        // The best buckets holding some 2k matches are gathered in one pass and scored best
        // first; the next ones only if a match there could still enter (rarely).
        var upper = bucketCount
        var selected: [Int32] = []
        selected.reserveCapacity(4 * ranker.top.capacity)
        gathering: while upper > 0 {
            var lower = upper, held = 0
            while lower > 0, held < 2 * ranker.top.capacity + 64 {
                lower -= 1
                held += Int(counts[lower])
            }
            // Buckets come in key order: once one cannot enter, none after it can.
            let first = (lower..<upper).last { counts[$0] > 0 }
            guard let first, ranker.top.admits(exact: ceiling(first).exact, score: ceiling(first).score) else { break }
            selected.removeAll(keepingCapacity: true)
            for r in 0..<m where Int(keys[r]) >= lower && Int(keys[r]) < upper { selected.append(Int32(r)) }
            selected.sort { keys[Int($0)] != keys[Int($1)] ? keys[Int($0)] > keys[Int($1)] : $0 < $1 }
            var current = -1
            for r in selected.lazy.map(Int.init) {
                let b = Int(keys[r])
                if b != current {
                    current = b
                    guard ranker.top.admits(exact: ceiling(b).exact, score: ceiling(b).score) else { break gathering }
                }
                guard ranker.top.admits(exact: exacts[r], score: scores[r]) else { continue }
                ranker.score(Int(documents[r]))
            }
            upper = lower
        }
    }
}

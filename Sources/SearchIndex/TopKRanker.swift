/// One stem's postings in a query, as ranking reads them: the bits and window ranks of its
/// documents (copied into the ranker's buffers), its scorer and where its block bounds begin.
struct RankedWord {
    let bits: UnsafePointer<UInt64>
    let ranks: UnsafePointer<UInt32>
    let scorer: WordScorer
    /// Reads the key's posting bytes and blocks.
    let bound: BlockBoundsView.WordBound
    /// The exact form's number for a word term; nil for the words of a phrase.
    let variant: UInt32?
    /// `bound` tabulated by posting byte (`BlockBoundsView.tabulate`), and the key's posting bytes.
    let byteScores: UnsafePointer<Double>
    let byteExacts: UnsafePointer<UInt16>
    let bytes: UnsafePointer<UInt8>

    /// The posting index of `document`, which must hold the stem.
    @inline(__always) func posting(_ document: Int) -> Int {
        let w = document >> 6
        return Int(ranks[w]) + (bits[w] & ((1 << UInt64(document & 63)) - 1)).nonzeroBitCount
    }
}

/// One query term as ranking reads it: the documents it matches (among the candidates) and its
/// words (`words[firstWord ..< firstWord + wordCount]`: one for a word, several for a phrase).
struct RankedTerm {
    let matches: UnsafePointer<UInt64>
    let firstWord: Int
    let wordCount: Int
    /// For a phrase: how many times it occurs in each document (`PhraseCounts`); nil for a word.
    let phraseCounts: UnsafePointer<UInt32>?

    @inline(__always) func contains(_ document: Int) -> Bool {
        matches[document >> 6] & (1 << UInt64(document & 63)) != 0
    }
}

/// Top-k ranking over one query's matches through raw pointers (no reference counting or
/// exclusivity checks per document): scores, document bounds and window bounds.
/// Valid only inside `InvertedIndex.ranked`, which owns the buffers.
struct TopKRanker {
    let terms: UnsafeBufferPointer<RankedTerm>
    let words: UnsafeBufferPointer<RankedWord>
    let clauseEnds: UnsafeBufferPointer<Int>
    let blocks: BlockBoundsView
    let parameters: RankingParameters
    let lengthNorms: UnsafePointer<Float>
    var top: TopKeys

    /// Adds a phrase's score in `document` to `sum`, a word at a time (BM25 of the phrase's
    /// count with each word's IDF), as the exhaustive evaluation adds it.
    @inline(__always) func addPhrase(_ term: RankedTerm, _ counts: UnsafePointer<UInt32>, _ document: Int, to sum: inout Double) {
        let occurrences = counts[document], norm = lengthNorms[document]
        for k in 0..<term.wordCount {
            sum += parameters.bm25(frequency: occurrences, norm: norm, idf: words[term.firstWord + k].scorer.idf)
        }
    }

    /// Scores `document` and offers it to `top`: terms of a clause summed in order, then
    /// clauses in order, as the exhaustive evaluation sums them.
    mutating func score(_ document: Int) {
        var score = 0.0, exact: UInt16 = 0, t = 0
        for end in clauseEnds {
            var clause = 0.0
            while t < end {
                let term = terms[t]
                t += 1
                guard term.contains(document) else { continue }
                if let counts = term.phraseCounts {
                    addPhrase(term, counts, document, to: &clause)
                } else {
                    let word = words[term.firstWord]
                    let s = word.scorer.score(word.posting(document))
                    clause += s.score
                    exact += s.exact
                }
            }
            score += clause
        }
        top.insert((exact, score, UInt32(document)))
    }

    /// Upper bounds of the keys of the documents of window `w` that `candidates` holds, into
    /// `scores[bit]` and `exacts[bit]` (64 entries each): for a word, from its postings' bytes
    /// (`BlockBoundsView.postingBound`), the word's postings in the window walked in order and
    /// their bytes read through its table; for a phrase, its exact score from the counts its
    /// verification left. Clauses are not grouped as `score` groups them, hence the margin.
    func bounds(window w: Int, candidates: UInt64,
                scores: UnsafeMutablePointer<Double>, exacts: UnsafeMutablePointer<UInt16>) {
        scores.update(repeating: 0, count: 64)
        exacts.update(repeating: 0, count: 64)
        for term in terms {
            let wanted = term.matches[w] & candidates
            guard wanted != 0 else { continue }
            if let counts = term.phraseCounts {
                var bits = wanted
                while bits != 0 {
                    let b = bits.trailingZeroBitCount
                    bits &= bits - 1
                    addPhrase(term, counts, w << 6 | b, to: &scores[b])
                }
                continue
            }
            for k in 0..<term.wordCount {
                let word = words[term.firstWord + k]
                PostingBits.forEachPosting(window: word.bits[w], rank: Int(word.ranks[w]), wanted: wanted) { b, p in
                    let i = Int(word.bytes[p]) | (blocks.blockMayHold(word.bound, posting: p) ? 256 : 0)
                    scores[b] += word.byteScores[i]
                    exacts[b] += word.byteExacts[i]
                }
            }
        }
        var bits = candidates
        while bits != 0 {
            let b = bits.trailingZeroBitCount
            bits &= bits - 1
            scores[b] *= 1 + 1e-9
        }
    }
}

extension InvertedIndex {
    /// The documents matching every clause (cheapest first), no exclusion, and `allowed`:
    /// membership only, so the count is exact without scoring a posting. Phrases are verified
    /// (and scored) among the surviving candidates; later clauses and exclusions are probed.
    func matches(_ clauses: [[ResolvedTerm]], excluded: [ResolvedTerm], allowed: ((Int) -> Bool)?) -> QueryMatches {
        let ordered = clauses.sorted { cost($0) < cost($1) }
        guard let first = ordered.first else { return QueryMatches(union: []) }
        var matches = QueryMatches(union: first.map { source($0, among: nil) })
        if let allowed { matches.retain { allowed(Int($0)) } }
        for clause in ordered.dropFirst() {
            guard !matches.isEmpty else { return QueryMatches(union: []) }
            matches.intersect(clause.map { source($0, among: matches.documents) })
        }
        for term in excluded where !matches.isEmpty {
            let hit = source(term, among: matches.documents)
            var cursor = 0
            matches.retain { hit.find($0, from: &cursor) == nil }
        }
        return matches
    }

    /// Where a term's matches are read from; a phrase is found among `candidates` (ascending).
    private func source(_ term: ResolvedTerm, among candidates: [UInt32]?) -> TermSource {
        switch term {
        case .word(let variant, let stem):
            guard let stem else { return .phrase(ScoredDocuments()) }
            return .word(stemPostings[stem], key: stem, variant: variant)
        case .phrase(let stems):
            guard !stems.isEmpty, stems.allSatisfy({ $0 != nil }) else { return .phrase(ScoredDocuments()) }
            return .phrase(scorePhrase(stems.map { stemPostings[$0!] }, among: candidates))
        }
    }

    /// The best `k` of `matches`, best first (see `TopKeys`), with their scores summed as the
    /// exhaustive evaluation sums them (terms of a clause in order, then clauses in order).
    /// Each document gets a bound from its postings' block bounds (`BlockBounds`) and its phrase
    /// scores; runs of 64 documents are visited best bound first, and a document is scored only
    /// while its bound — refined by whether its words are in its title — could beat the worst
    /// of the best k held, so the visit stops at the first run that cannot.
    func ranked(_ matches: QueryMatches, best k: Int) -> [TopKeys.Key] {
        guard k > 0, !matches.isEmpty else { return [] }
        var top = TopKeys(capacity: k)
        let terms = matches.terms, columns = matches.columns, clauseEnds = matches.clauseEnds
        let documents = matches.documents, n = documents.count
        let blocks = stemBlocks
        withScoringTables { tables in
            let scorers: [WordScorer?] = terms.map { term in
                guard case .word(let list, _, let variant) = term else { return nil }
                return WordScorer(tables: tables, base: list.base, idf: idf(list.count), variant: variant)
            }
            let words: [(key: UInt32, variant: UInt32?)?] = terms.map { term in
                guard case .word(_, let key, let variant) = term else { return nil }
                return (key, variant)
            }
            let phraseScores: [[Double]] = terms.map { term in
                guard case .phrase(let scored) = term else { return [] }
                return scored.scores
            }
            func score(_ r: Int) {
                var score = 0.0, exact: UInt16 = 0, t = 0
                for end in clauseEnds {
                    var clause = 0.0
                    while t < end {
                        let i = Int(columns[t][r])
                        if i >= 0 {
                            if let scorer = scorers[t] {
                                let s = scorer.score(i)
                                clause += s.score
                                exact += s.exact
                            } else {
                                clause += phraseScores[t][i]
                            }
                        }
                        t += 1
                    }
                    score += clause
                }
                top.insert((exact, score, documents[r]))
            }
            guard k < n else {
                for r in 0..<n { score(r) }
                return
            }
            /// A bound of row `r`'s key; with `titles`, word postings are checked for title words.
            func bound(_ r: Int, titles: Bool) -> (exact: UInt16, score: Double) {
                var exact: UInt16 = 0, bound = 0.0
                for t in terms.indices {
                    let i = Int(columns[t][r])
                    guard i >= 0 else { continue }
                    if let word = words[t] {
                        let b = blocks.bound(key: word.key, posting: i, variant: word.variant,
                                             inTitle: titles ? scorers[t]!.inTitle(i) : nil)
                        bound += b.score
                        exact += b.exact
                    } else {
                        bound += phraseScores[t][i]
                    }
                }
                return (exact, bound * (1 + 1e-9))
            }
            var rowBounds: [(exact: UInt16, score: Double)] = []
            rowBounds.reserveCapacity(n)
            var runs: [TopKeys.Key] = []
            runs.reserveCapacity((n + BlockBounds.size - 1) / BlockBounds.size)
            for r in 0..<n {
                let b = bound(r, titles: false)
                rowBounds.append(b)
                let run = r / BlockBounds.size
                if run == runs.count {
                    runs.append((b.exact, b.score, UInt32(run)))
                } else if b.exact > runs[run].exact || (b.exact == runs[run].exact && b.score > runs[run].score) {
                    runs[run] = (b.exact, b.score, UInt32(run))
                }
            }
            runs.sort(by: TopKeys.better)
            for run in runs {
                guard top.admits(exact: run.exact, score: run.score) else { break }
                let first = Int(run.document) * BlockBounds.size
                for r in first..<min(n, first + BlockBounds.size) {
                    guard top.admits(exact: rowBounds[r].exact, score: rowBounds[r].score) else { continue }
                    if top.isFull {
                        let refined = bound(r, titles: true)
                        guard top.admits(exact: refined.exact, score: refined.score) else { continue }
                    }
                    score(r)
                }
            }
        }
        return top.sorted()
    }
}

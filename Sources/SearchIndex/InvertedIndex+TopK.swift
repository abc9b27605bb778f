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
    /// Once `k` are held, a document is scored only when its bound — its postings' block
    /// bounds (`BlockBounds`) and its phrase scores — could beat the worst held.
    func ranked(_ matches: QueryMatches, best k: Int) -> [TopKeys.Key] {
        guard k > 0, !matches.isEmpty else { return [] }
        var top = TopKeys(capacity: k)
        let terms = matches.terms, columns = matches.columns, clauseEnds = matches.clauseEnds
        let blocks = stemBlocks
        withScoringTables { tables in
            let scorers: [WordScorer?] = terms.map { term in
                guard case .word(let list, _, let variant) = term else { return nil }
                return WordScorer(tables: tables, base: list.base, idf: idf(list.count), variant: variant)
            }
            for (r, doc) in matches.documents.enumerated() {
                if top.isFull {
                    var exact: UInt16 = 0, bound = 0.0
                    for t in terms.indices {
                        let i = Int(columns[t][r])
                        guard i >= 0 else { continue }
                        switch terms[t] {
                        case .word(_, let key, let variant):
                            let b = blocks.bound(key: key, posting: i, variant: variant)
                            bound += b.score
                            exact += b.exact
                        case .phrase(let scored):
                            bound += scored.scores[i]
                        }
                    }
                    guard top.admits(exact: exact, score: bound * (1 + 1e-9)) else { continue }
                }
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
                            } else if case .phrase(let scored) = terms[t] {
                                clause += scored.scores[i]
                            }
                        }
                        t += 1
                    }
                    score += clause
                }
                top.insert((exact, score, doc))
            }
        }
        return top.sorted()
    }
}

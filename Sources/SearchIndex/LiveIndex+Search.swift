extension LiveIndex {
    /// One part of the index as a search sees it.
    private struct Part {
        let index: InvertedIndex
        /// Current position of each of the part's documents (-1: masked).
        let positions: [Int32]
        let norms: [Float]
        let clauses: [[ResolvedTerm]]
        let excluded: [ResolvedTerm]
    }

    /// Runs `query` over the documents of `within` (all when nil) that `allowed` accepts, as
    /// `InvertedIndex.search` does; positions are those of the current documents.
    /// With `newestFirst`, hits are ordered by that key (largest first, then by position), as
    /// `InvertedIndex.search` orders them.
    public func search(_ query: SearchQuery, within: DocumentSet? = nil, where allowed: ((Int) -> Bool)? = nil,
                       limit: Int = 20, offset: Int = 0, depth: Int = SearchResults.defaultDepth,
                       orderedBy newestFirst: ((Int) -> Int)? = nil) -> SearchResults {
        if isWhole {
            return base.search(query, within: within, where: allowed, limit: limit, offset: offset, depth: depth,
                               orderedBy: newestFirst)
        }
        let joined = query.joiningCompoundNames
        let parts = [(base, basePositions, baseNorms), (segment, segmentPositions, segmentNorms)].map { index, positions, norms in
            Part(index: index, positions: positions, norms: norms,
                 clauses: joined.map { $0.alternatives.map(index.vocabulary.resolve) },
                 excluded: query.excluded.map(index.vocabulary.resolve))
        }
        // Document frequencies over the current documents, per clause, term and word.
        var global: [[[Int]]] = joined.indices.map { c in parts[0].clauses[c].map { [Int](repeating: 0, count: $0.stems.count) } }
        for (p, part) in parts.enumerated() {
            for c in part.clauses.indices {
                for (t, term) in part.clauses[c].enumerated() {
                    for (k, stem) in term.stems.enumerated() {
                        guard let stem else { continue }
                        global[c][t][k] += frequency(of: stem, in: part, isBase: p == 0)
                    }
                }
            }
        }
        // The order one index would take the clauses in (`InvertedIndex.cost`, then a stable sort).
        let costs = global.map { clause in clause.reduce(0) { $0 + ($1.min() ?? 0) } }
        let order = joined.indices.sorted { costs[$0] < costs[$1] }

        var found: [(key: TopKeys.Key, part: Int, local: Int)] = []
        for (p, part) in parts.enumerated() {
            var frequencies: [UInt32: Int] = [:]
            for c in part.clauses.indices {
                for (t, term) in part.clauses[c].enumerated() {
                    for (k, stem) in term.stems.enumerated() { if let stem { frequencies[stem] = global[c][t][k] } }
                }
            }
            let shared = SharedStatistics(documentCount: documentCount, frequencies: frequencies,
                                          lengthNorms: part.norms, clauseOrder: order)
            let positions = part.positions
            let scored = part.index.evaluate(part.clauses, excluded: part.excluded, allowed: { d in
                let position = Int(positions[d])
                return position >= 0 && (within?.contains(position) ?? true) && (allowed?(position) ?? true)
            }, shared: shared)
            for i in 0..<scored.count {
                let local = Int(scored.documents[i])
                found.append(((scored.exactMatches[i], scored.scores[i], UInt32(positions[local])), p, local))
            }
        }

        let pageStart = min(max(0, offset), found.count)
        let pageEnd = min(found.count, pageStart + max(0, limit))
        var top = TopKeys(capacity: min(found.count, max(depth, pageEnd)))
        var place: [UInt32: (part: Int, local: Int)] = [:]
        for f in found {
            top.insert(f.key)
            place[f.key.document] = (f.part, f.local)
        }
        var best = top.sorted()
        var matches = DocumentSet(capacity: documentCount)
        for f in found { matches.insert(Int(f.key.document)) }
        if let newestFirst {
            // Every match is scored here already: order them all by the key.
            best = found.map(\.key).sorted {
                let a = newestFirst(Int($0.document)), b = newestFirst(Int($1.document))
                return a != b ? a > b : $0.document < $1.document
            }
        }
        let highlighters = parts.map { SnippetBuilder(index: $0.index, terms: $0.clauses.flatMap { $0 }) }
        let hits = best[pageStart..<pageEnd].map { key in
            let (p, local) = place[key.document]!
            return SearchHit(document: Int(key.document), id: parts[p].index.documents[local].id, score: key.score,
                             snippets: highlighters[p].snippets(for: local))
        }
        // A spelling suggestion from the base's words (the segment's new words are not offered).
        let suggestion = found.isEmpty ? base.search(query, within: nil, where: nil, limit: 0, offset: 0, depth: 0).suggestion : nil
        return SearchResults(hits: hits, total: found.count,
                             matchingDocuments: newestFirst == nil ? best.map { Int($0.document) } : [],
                             suggestion: suggestion, matches: matches)
    }

    /// How many current documents of `part` hold `stem`: the base's masked ones are not counted.
    private func frequency(of stem: UInt32, in part: Part, isBase: Bool) -> Int {
        let list = part.index.stemPostings[stem]
        guard isBase, !masked.isEmpty else { return list.count }
        var gone = 0, cursor = 0
        for doc in masked where list.find(doc, from: &cursor) != nil { gone += 1 }
        return list.count - gone
    }
}

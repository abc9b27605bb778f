extension InvertedIndex {
    /// Runs `query`; `allowed`, when given, restricts hits to those document positions.
    public func search(_ query: SearchQuery, allowed: Set<Int>? = nil, limit: Int = 20, offset: Int = 0,
                       depth: Int = SearchResults.defaultDepth) -> SearchResults {
        search(query, where: allowed.map { set in { set.contains($0) } }, limit: limit, offset: offset, depth: depth)
    }

    /// Runs `query` over the documents of `within` (all when nil) that `allowed` accepts (all when
    /// nil; it is asked only about documents the words already match). Only the best
    /// `max(depth, offset + limit)` matches are ranked (`matchingDocuments`), and snippets are
    /// built for the requested page alone. With `newestFirst`, hits are ordered by that key
    /// (largest first, then by position) instead of by score; their scores are still given.
    public func search(_ query: SearchQuery, within: DocumentSet? = nil, where allowed: ((Int) -> Bool)?,
                       limit: Int = 20, offset: Int = 0, depth: Int = SearchResults.defaultDepth,
                       orderedBy newestFirst: ((Int) -> Int)? = nil) -> SearchResults {
        search(query, filter: DocumentFilter(set: within, predicate: allowed), limit: limit, offset: offset,
               depth: depth, suggesting: true, orderedBy: newestFirst)
    }

    func search(_ query: SearchQuery, filter: DocumentFilter, limit: Int, offset: Int, depth: Int,
                suggesting: Bool, orderedBy key: ((Int) -> Int)? = nil) -> SearchResults {
        let clauses = query.joiningCompoundNames.map { $0.alternatives.map(vocabulary.resolve) }
        let matches = self.matches(clauses, excluded: query.excluded.map(vocabulary.resolve), filter: filter)
        let pageStart = min(max(0, offset), matches.count)
        let pageEnd = min(matches.count, pageStart + max(0, limit))
        let best: [TopKeys.Key]
        let page: [TopKeys.Key]
        if let key {
            best = []
            page = byKey(matches, key: key, range: pageStart..<pageEnd)
        } else {
            best = ranked(matches, best: min(matches.count, max(depth, pageEnd)))
            page = Array(best[pageStart..<pageEnd])
        }
        let highlighter = SnippetBuilder(index: self, terms: clauses.flatMap { $0 })
        let hits = page.map { key in
            let doc = Int(key.document)
            return SearchHit(document: doc, id: documents[doc].id, score: key.score,
                             snippets: highlighter.snippets(for: doc))
        }
        var suggestion: String?
        if matches.isEmpty && suggesting {
            suggestion = suggester.suggest(for: query, in: self, filter: filter)
        }
        return SearchResults(hits: hits, total: matches.count,
                             matchingDocuments: best.map { Int($0.document) }, suggestion: suggestion,
                             matches: matches.documents)
    }

    /// The `range` of `matches` ordered by `key` (largest first, then by position), scored:
    /// every match's key is read (one call each), only the page's matches are scored.
    private func byKey(_ matches: QueryMatches, key: (Int) -> Int, range: Range<Int>) -> [TopKeys.Key] {
        guard !range.isEmpty else { return [] }
        var keyed: [(key: Int, document: Int)] = []
        keyed.reserveCapacity(matches.count)
        matches.documents.forEach { keyed.append((key($0), $0)) }
        keyed.sort { $0.key != $1.key ? $0.key > $1.key : $0.document < $1.document }
        let chosen = keyed[range].map(\.document)
        var pageMatches = matches
        pageMatches.documents = DocumentSet(capacity: matches.documents.capacity)
        for d in chosen { pageMatches.documents.insert(d) }
        pageMatches.count = chosen.count
        var scored: [Int: TopKeys.Key] = [:]
        for k in ranked(pageMatches, best: chosen.count) { scored[Int(k.document)] = k }
        return chosen.map { scored[$0] ?? (exact: 0, score: 0, document: UInt32($0)) }
    }

    /// Documents matching every clause and no exclusion, with their summed scores: the
    /// exhaustive evaluation, which pruned ranking (`matches`, `ranked`) must agree with.
    /// `shared`, when given, scores with the figures of a larger collection this index is a part
    /// of (`LiveIndex`), clauses taken in its order.
    func evaluate(_ clauses: [[ResolvedTerm]], excluded: [ResolvedTerm], allowed: ((Int) -> Bool)?,
                  shared: SharedStatistics? = nil) -> ScoredDocuments {
        let ordered = shared.map { s in s.clauseOrder.map { clauses[$0] } } ?? clauses.sorted { cost($0) < cost($1) }
        guard let first = ordered.first else { return ScoredDocuments() }
        var result = union(first.map { score($0, among: nil, shared: shared) })
        if let allowed { result = result.filter { allowed(Int($0)) } }
        for clause in ordered.dropFirst() where !result.isEmpty {
            result = result.intersection(union(clause.map { score($0, among: result.documents, shared: shared) }))
        }
        for term in excluded where !result.isEmpty {
            let hit = Set(score(term, among: result.documents, shared: shared).documents)
            result = result.filter { !hit.contains($0) }
        }
        return result
    }

    /// How many postings a clause may touch.
    func cost(_ clause: [ResolvedTerm]) -> Int {
        clause.reduce(0) { total, term in
            total + term.stems.map { $0.map { stemPostings[$0].count } ?? 0 }.min()!
        }
    }

    private func union(_ parts: [ScoredDocuments]) -> ScoredDocuments {
        parts.dropFirst().reduce(parts.first ?? ScoredDocuments()) { $0.union($1) }
    }

    /// The documents a term matches with their scores; only `among` (ascending) when given.
    func score(_ term: ResolvedTerm, among candidates: [UInt32]?, shared: SharedStatistics? = nil) -> ScoredDocuments {
        switch term {
        case .word(let variant, let stem):
            guard let stem else { return ScoredDocuments() }
            let list = stemPostings[stem]
            let titleBoost = parameters.titleBoost
            let idf = shared?.idf(stem) ?? self.idf(list.count)
            let norms = shared?.lengthNorms ?? lengthNorms
            var result = ScoredDocuments()
            forEachPosting(of: list, among: candidates) { i in
                let doc = list.document(i)
                let titleEnd = titleCounts[Int(doc)]
                let norm = norms[Int(doc)]
                // The title-weighted frequency (title positions come first: they ascend by
                // token), and the exact form's own, read from the positions' variant numbers.
                var count: UInt32 = 0, inTitle: UInt32 = 0, exactFrequency: UInt32 = 0
                let wanted = variant ?? UInt32.max
                list.forEachPosition(i) { p in
                    count += 1
                    let title = PostingList.token(p) < titleEnd
                    if title { inTitle += 1 }
                    if PostingList.variant(p) == wanted { exactFrequency += title ? titleBoost : 1 }
                }
                let frequency = count + inTitle * (titleBoost - 1)
                var s = parameters.bm25(frequency: frequency, norm: norm, idf: idf)
                if inTitle > 0 {
                    s += parameters.titleMatchWeight * idf
                }
                var exactHits: UInt16 = 0
                if variant != nil, exactFrequency > 0 {
                    s += parameters.exactWeight * parameters.bm25(frequency: exactFrequency, norm: norm, idf: idf)
                    exactHits = 1
                }
                result.append(doc, s, exact: exactHits)
            }
            return result
        case .phrase(let stems):
            guard !stems.isEmpty, stems.allSatisfy({ $0 != nil }) else { return ScoredDocuments() }
            return scorePhrase(stems.map { stemPostings[$0!] }, among: candidates,
                               idfs: shared.map { s in stems.map { s.idf($0!) } }, norms: shared?.lengthNorms)
        }
    }

    /// Calls `body` with the index of each posting, or of each candidate found in the list.
    func forEachPosting(of list: PostingList, among candidates: [UInt32]?, _ body: (Int) -> Void) {
        if let candidates {
            var cursor = 0
            for doc in candidates {
                if let i = list.find(doc, from: &cursor) { body(i) }
            }
        } else {
            for i in 0..<list.count { body(i) }
        }
    }

    func scorePhrase(_ lists: [PostingList], among candidates: [UInt32]?, idfs shared: [Double]? = nil,
                     norms sharedNorms: [Float]? = nil) -> ScoredDocuments {
        let rarest = lists.indices.min { lists[$0].count < lists[$1].count }!
        var cursors = [Int](repeating: 0, count: lists.count)
        var slices = [ArraySlice<UInt32>](repeating: [], count: lists.count)
        var merge = [Int](repeating: 0, count: lists.count)
        let idfs = shared ?? lists.map { idf($0.count) }
        let norms = sharedNorms ?? lengthNorms
        var result = ScoredDocuments()
        forEachPosting(of: lists[rarest], among: candidates) { r in
            let doc = lists[rarest].document(r)
            for k in lists.indices {
                guard let i = lists[k].find(doc, from: &cursors[k]) else { return }
                slices[k] = lists[k].positions(i)
            }
            var occurrences: UInt32 = 0
            Self.forEachPhraseStart(slices, cursors: &merge) { _ in occurrences += 1 }
            guard occurrences > 0 else { return }
            var s = 0.0
            for idf in idfs { s += parameters.bm25(frequency: occurrences, norm: norms[Int(doc)], idf: idf) }
            result.append(doc, s)
        }
        return result
    }

    /// The tokens where consecutive position lists (one per phrase word) line up.
    static func phraseStarts(_ positions: [ArraySlice<UInt32>]) -> [UInt32] {
        var result: [UInt32] = []
        var cursors = [Int](repeating: 0, count: positions.count)
        forEachPhraseStart(positions, cursors: &cursors) { result.append($0) }
        return result
    }

    /// Calls `body` with each token where the position lists line up: a merge of the sorted
    /// lists, linear in their lengths; `cursors` is scratch space of the lists' count.
    static func forEachPhraseStart(_ positions: [ArraySlice<UInt32>], cursors: inout [Int], _ body: (UInt32) -> Void) {
        guard let first = positions.first else { return }
        for k in positions.indices { cursors[k] = positions[k].startIndex }
        candidates: for p in first {
            let start = PostingList.token(p)
            for k in 1..<positions.count {
                let list = positions[k]
                let wanted = start + UInt32(k)
                while cursors[k] < list.endIndex, PostingList.token(list[cursors[k]]) < wanted { cursors[k] += 1 }
                guard cursors[k] < list.endIndex, PostingList.token(list[cursors[k]]) == wanted else { continue candidates }
            }
            body(start)
        }
    }
}

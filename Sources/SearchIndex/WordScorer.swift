/// Scores the postings of one query word straight from the posting storage, through pointers
/// valid only inside `InvertedIndex.withScoringTables` (no slice, retain or closure per posting).
/// Same arithmetic as `InvertedIndex.score(_:among:)`: BM25 of the title-weighted frequency,
/// plus the title-match weight when the word is in the title, plus the exact-form BM25.
struct WordScorer {
    let tables: ScoringTables
    /// Where the list's documents, offsets and positions lie in the storage.
    let layout: PostingLayout
    let idf: Double
    /// The exact form's variant number; nil when the query word has none in the index.
    let variant: UInt32?

    init(tables: ScoringTables, base: Int, idf: Double, variant: UInt32?) {
        self.tables = tables
        layout = PostingLayout(header: tables.storage[base], base: base)
        self.idf = idf
        self.variant = variant
    }

    /// The `i`th posting's document.
    @inline(__always) func document(_ i: Int) -> UInt32 { layout.document(tables.storage, i) }

    /// Whether the `i`th posting's document has the word in its title.
    @inline(__always) func inTitle(_ i: Int) -> Bool {
        var positions = layout.decoder(tables.storage, i)
        return !positions.isEmpty && PostingList.token(positions.read()) < tables.titleCounts[Int(document(i))]
    }

    /// The score of the `i`th posting and whether it holds the exact form.
    @inline(__always)
    func score(_ i: Int) -> (score: Double, exact: UInt16) {
        let parameters = tables.parameters
        let doc = Int(document(i))
        let titleEnd = tables.titleCounts[doc]
        let norm = tables.lengthNorms[doc]
        let boost = parameters.titleBoost
        // One pass over the positions: how many, how many in the title (they come first, as
        // positions ascend by token), whether the first is, and the exact form's frequency.
        var positions = layout.decoder(tables.storage, i)
        var count: UInt32 = 0, inTitle: UInt32 = 0, exactFrequency: UInt32 = 0
        let wanted = variant ?? UInt32.max
        while !positions.isEmpty {
            let p = positions.read()
            count += 1
            let title = PostingList.token(p) < titleEnd
            if title { inTitle += 1 }
            if PostingList.variant(p) == wanted { exactFrequency += title ? boost : 1 }
        }
        let frequency = count + inTitle * (boost - 1)
        var s = parameters.bm25(frequency: frequency, norm: norm, idf: idf)
        if inTitle > 0 {
            s += parameters.titleMatchWeight * idf
        }
        guard variant != nil else { return (s, 0) }
        guard exactFrequency > 0 else { return (s, 0) }
        s += parameters.exactWeight * parameters.bm25(frequency: exactFrequency, norm: norm, idf: idf)
        return (s, 1)
    }
}

/// Pointers to the tables scoring reads, valid inside `InvertedIndex.withScoringTables`.
struct ScoringTables {
    let storage: UnsafePointer<UInt32>
    let titleCounts: UnsafePointer<UInt32>
    let lengthNorms: UnsafePointer<Float>
    let parameters: RankingParameters
}

extension InvertedIndex {
    /// Calls `body` with pointers to the posting storage, title counts and length norms.
    func withScoringTables<R>(_ body: (ScoringTables) -> R) -> R {
        stemPostings.storage.withUnsafeBufferPointer { storage in
            titleCounts.withUnsafeBufferPointer { titles in
                lengthNorms.withUnsafeBufferPointer { norms in
                    body(ScoringTables(storage: storage.baseAddress!, titleCounts: titles.baseAddress!,
                                       lengthNorms: norms.baseAddress!, parameters: parameters))
                }
            }
        }
    }
}

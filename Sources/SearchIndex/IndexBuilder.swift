import ArabicText

/// Builds an index in passes linear in the corpus: the first tokenises every document once,
/// counting words (the stemmer's lexicon) and keeping each document's word ids; then stems are
/// chosen, and two passes over those ids count and then fill every key's postings in place in
/// one array (a counting sort), so no per-key buffers are ever allocated.
struct IndexBuilder {
    let parameters: RankingParameters
    private var vocabulary = TermVocabulary()
    /// Exact ids of every token, document after document (title then body).
    private var forward: [UInt32] = []
    private var documentStarts: [Int] = [0]
    private var titleCounts: [UInt32] = []
    private var joined: [UInt64: UInt32] = [:]

    init(parameters: RankingParameters) {
        self.parameters = parameters
    }

    /// First pass over one document.
    mutating func scan(_ document: IndexedDocument) {
        var titleCount: UInt32 = 0
        let title = Array(document.title.unicodeScalars)
        Tokenizer.forEachKey(in: title) { key, range in
            forward.append(vocabulary.count(HamzaDistinctions.searchForm(raw: title[range], normalized: key)))
            titleCount += 1
        }
        let text = Array(document.text.unicodeScalars)
        Tokenizer.forEachKey(in: text) { key, range in
            forward.append(vocabulary.count(HamzaDistinctions.searchForm(raw: text[range], normalized: key)))
        }
        titleCounts.append(titleCount)
        documentStarts.append(forward.count)
    }

    /// What the builder produces.
    struct Built {
        var vocabulary: TermVocabulary
        var joinedStems: [UInt64: UInt32]
        var stemPostings: PostingStore
        var documentLengths: [UInt32]
        var titleCounts: [UInt32]
    }

    /// Counts, then fills, every key's postings.
    mutating func build() -> Built {
        vocabulary.assignStems()
        var stemKeys: [UInt64] = []
        var stemCounts = PostingCounts()
        for doc in titleCounts.indices {
            keys(of: doc, stems: &stemKeys)
            stemCounts.count(stemKeys, keyCount: vocabulary.stemIDs.count)
        }
        var stemFill = stemCounts.layout()
        stemCounts = PostingCounts()
        var lengths: [UInt32] = []
        for doc in titleCounts.indices {
            keys(of: doc, stems: &stemKeys)
            let titleEnd = titleCounts[doc]
            stemFill.fill(stemKeys, document: UInt32(doc))
            let tokens = UInt32(documentStarts[doc + 1] - documentStarts[doc])
            lengths.append(tokens - titleEnd + titleEnd * parameters.titleBoost)
        }
        forward = []
        return Built(vocabulary: vocabulary, joinedStems: joined,
                     stemPostings: stemFill.store(),
                     documentLengths: lengths, titleCounts: titleCounts)
    }

    /// One document's (key << 32 | encoded position) pairs, sorted. Title tokens come first,
    /// then a gap of one position so that phrases cannot span title and body.
    private mutating func keys(of doc: Int, stems: inout [UInt64]) {
        stems.removeAll(keepingCapacity: true)
        let start = documentStarts[doc], end = documentStarts[doc + 1]
        let titleCount = Int(titleCounts[doc])
        for k in 0..<(end - start) {
            let token = UInt32(k < titleCount ? k : k + 1)
            let id = forward[start + k]
            let own = PostingList.encode(token: token, variant: UInt32(vocabulary.variants[Int(id)]), spansNext: false)
            stems.append(UInt64(vocabulary.stems[Int(id)]) << 32 | UInt64(own))
            let compound = UInt64(PostingList.encode(token: token, variant: PostingList.noVariant, spansNext: false))
            let split = vocabulary.splitStems[Int(id)]
            if split != TermVocabulary.none { stems.append(UInt64(split) << 32 | compound) }
            // Other readings of the word's proclitics: positions without an exact-form variant.
            for other in vocabulary.otherStems(of: id) where other != split {
                stems.append(UInt64(other) << 32 | compound)
            }
            if vocabulary.isCompoundHead[Int(id)], k + 1 < end - start, (k + 1 < titleCount) == (k < titleCount) {
                let next = forward[start + k + 1]
                let pair = UInt64(id) << 32 | UInt64(next)
                let stem: UInt32
                if let known = joined[pair] { stem = known } else {
                    stem = vocabulary.joinedStem(id, next)
                    joined[pair] = stem
                }
                stems.append(UInt64(stem) << 32 | compound | 1)
            }
        }
        stems.sort()
    }
}

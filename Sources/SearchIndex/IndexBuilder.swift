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
    /// The sentence table's entries, made in the first pass (`ScannedRun`).
    private var sentenceRuns: [SentenceTable.Run] = []

    init(parameters: RankingParameters) {
        self.parameters = parameters
    }

    /// First pass over `documents`, in runs on all cores: each run counts its own words (ids in
    /// order of first appearance), then the runs are merged in order, so the vocabulary's ids and
    /// counts are exactly those of one pass over the documents in turn.
    mutating func scan(_ documents: [IndexedDocument], runLength: Int? = nil) {
        let runLength = max(1, runLength ?? max(64, documents.count / 256))
        let runs = ParallelRuns.map(count: (documents.count + runLength - 1) / runLength) { r in
            ScannedRun(documents[(r * runLength)..<min(documents.count, (r + 1) * runLength)])
        }
        forward.reserveCapacity(runs.reduce(0) { $0 + $1.forward.count })
        for run in runs {
            sentenceRuns.append(run.sentences)
            let global = run.words.indices.map { vocabulary.count(run.words[$0], times: run.counts[$0]) }
            var start = 0
            for (titleCount, end) in zip(run.titleCounts, run.documentEnds) {
                for id in run.forward[start..<end] { forward.append(global[Int(id)]) }
                titleCounts.append(titleCount)
                documentStarts.append(forward.count)
                start = end
            }
        }
    }

    /// First pass over one document.
    mutating func scan(_ document: IndexedDocument) {
        scan([document])
    }

    /// What the builder produces.
    struct Built {
        var vocabulary: TermVocabulary
        var joinedStems: [UInt64: UInt32]
        var stemPostings: PostingStore
        var documentLengths: [UInt32]
        var titleCounts: [UInt32]
        /// Where each body's sentences start (from the first pass).
        var sentences: SentenceTable
    }

    /// Counts, then fills, every key's postings.
    mutating func build() -> Built {
        vocabulary.assignStems()
        var stemKeys: [UInt64] = []
        var stemCounts = PostingCounts()
        for doc in titleCounts.indices {
            keys(of: doc, stems: &stemKeys)
            stemCounts.count(stemKeys, keyCount: vocabulary.stemIDs.count, document: UInt32(doc))
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
                     documentLengths: lengths, titleCounts: titleCounts,
                     sentences: SentenceTable(runs: sentenceRuns))
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

/// The first pass over a run of documents on its own: its words (normalised search forms) with
/// run-local ids in order of first appearance, their counts, and each document's word ids.
struct ScannedRun: Sendable {
    var words: [String] = []
    var counts: [UInt32] = []
    var forward: [UInt32] = []
    var titleCounts: [UInt32] = []
    /// The bodies' sentence starts, for the sentence table.
    var sentences = SentenceTable.Run()
    /// Where each document's ids end in `forward`.
    var documentEnds: [Int] = []

    init(_ documents: ArraySlice<IndexedDocument>) {
        var ids: [String: UInt32] = [:]
        var words: [String] = [], counts: [UInt32] = [], forward: [UInt32] = []
        var sentences = SentenceTable.Run()
        func count(_ word: String) -> UInt32 {
            if let id = ids[word] {
                counts[Int(id)] += 1
                return id
            }
            let id = UInt32(words.count)
            ids[word] = id
            words.append(word)
            counts.append(1)
            return id
        }
        for document in documents {
            var titleCount: UInt32 = 0
            let title = Array(document.title.unicodeScalars)
            Tokenizer.forEachKey(in: title) { key, range in
                forward.append(count(HamzaDistinctions.searchForm(raw: title[range], normalized: key)))
                titleCount += 1
            }
            var body = document.text  // decoded once for both
            let text = Array(body.unicodeScalars)
            Tokenizer.forEachKey(in: text) { key, range in
                forward.append(count(HamzaDistinctions.searchForm(raw: text[range], normalized: key)))
            }
            body.withUTF8 { sentences.add($0) }
            titleCounts.append(titleCount)
            documentEnds.append(forward.count)
        }
        self.words = words
        self.counts = counts
        self.forward = forward
        self.sentences = sentences
    }
}

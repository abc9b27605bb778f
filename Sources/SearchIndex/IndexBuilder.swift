import ArabicText

/// Builds an index in two passes: the first tokenises every document once, counting words (the
/// stemmer's lexicon) and keeping each document's word ids; the second, after stems are chosen,
/// turns those ids into postings. Both passes are linear in the corpus size.
struct IndexBuilder {
    let parameters: RankingParameters
    private var vocabulary = TermVocabulary()
    /// Exact ids of every token, document after document (title then body).
    private var forward: [UInt32] = []
    private var documentStarts: [Int] = [0]
    private var titleCounts: [Int] = []

    init(parameters: RankingParameters) {
        self.parameters = parameters
    }

    /// First pass over one document.
    mutating func scan(_ document: IndexedDocument) {
        let title = Tokenizer.tokens(in: document.title)
        for token in title { forward.append(vocabulary.count(token.normalized)) }
        for token in Tokenizer.tokens(in: document.text) { forward.append(vocabulary.count(token.normalized)) }
        titleCounts.append(title.count)
        documentStarts.append(forward.count)
    }

    /// What the second pass produces.
    struct Built {
        var vocabulary: TermVocabulary
        var joinedStems: [UInt64: UInt32]
        var stemPostings: [PostingList]
        var exactPostings: [PostingList]
        var documentLengths: [UInt32]
    }

    /// Second pass: postings for every key.
    mutating func build() -> Built {
        vocabulary.assignStems()
        var joined: [UInt64: UInt32] = [:]
        var stemKeys: [UInt64] = []
        var exactKeys: [UInt64] = []
        var stemBuilders: [PostingListBuilder] = []
        var exactBuilders = [PostingListBuilder](repeating: PostingListBuilder(), count: vocabulary.words.count)
        var lengths: [UInt32] = []
        let boost = parameters.titleBoost
        for doc in 0..<titleCounts.count {
            let start = documentStarts[doc], end = documentStarts[doc + 1]
            let titleCount = titleCounts[doc]
            stemKeys.removeAll(keepingCapacity: true)
            exactKeys.removeAll(keepingCapacity: true)
            for k in 0..<(end - start) {
                // A gap of one position between title and body keeps phrases from spanning them.
                let position = UInt64(k < titleCount ? k : k + 1)
                let id = forward[start + k]
                exactKeys.append(UInt64(id) << 32 | position)
                stemKeys.append(UInt64(vocabulary.stems[Int(id)]) << 32 | position)
                let split = vocabulary.splitStems[Int(id)]
                if split != TermVocabulary.none { stemKeys.append(UInt64(split) << 32 | position) }
                let next = k + 1
                if vocabulary.isCompoundHead[Int(id)], next < end - start, (next < titleCount) == (k < titleCount) {
                    let nextID = forward[start + next]
                    let pair = UInt64(id) << 32 | UInt64(nextID)
                    let stem: UInt32
                    if let known = joined[pair] { stem = known } else {
                        stem = vocabulary.joinedStem(id, nextID)
                        joined[pair] = stem
                    }
                    stemKeys.append(UInt64(stem) << 32 | position)
                }
            }
            let count = end - start
            lengths.append(UInt32(count - titleCount) + UInt32(titleCount) * boost)
            if stemBuilders.count < vocabulary.stemIDs.count {
                stemBuilders.append(contentsOf: repeatElement(PostingListBuilder(), count: vocabulary.stemIDs.count - stemBuilders.count))
            }
            Self.emit(&stemKeys, document: UInt32(doc), titleEnd: UInt32(titleCount), boost: boost, into: &stemBuilders, positions: true)
            Self.emit(&exactKeys, document: UInt32(doc), titleEnd: UInt32(titleCount), boost: boost, into: &exactBuilders, positions: false)
        }
        forward = []
        return Built(
            vocabulary: vocabulary,
            joinedStems: joined,
            stemPostings: stemBuilders.map { $0.build(keepPositions: true) },
            exactPostings: exactBuilders.map { $0.build(keepPositions: false) },
            documentLengths: lengths)
    }

    /// Groups one document's (key << 32 | position) pairs by key into the builders.
    private static func emit(_ keys: inout [UInt64], document: UInt32, titleEnd: UInt32, boost: UInt32,
                             into builders: inout [PostingListBuilder], positions keep: Bool) {
        keys.sort()
        var positions: [UInt32] = []
        var i = 0
        while i < keys.count {
            let key = keys[i] >> 32
            positions.removeAll(keepingCapacity: true)
            var frequency: UInt32 = 0
            while i < keys.count, keys[i] >> 32 == key {
                let position = UInt32(truncatingIfNeeded: keys[i])
                if positions.last != position {
                    positions.append(position)
                    frequency += position < titleEnd ? boost : 1
                }
                i += 1
            }
            builders[Int(key)].add(document: document, frequency: frequency, positions: keep ? positions[...] : [])
        }
    }
}

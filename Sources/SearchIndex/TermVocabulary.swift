import ArabicText

/// The index's words and their search keys: every normalised surface form seen (the exact keys),
/// how often it occurs, its stem key (what a query for the word looks up) and the further keys
/// it is indexed under (other readings of its proclitics), all from `WordAnalyzer`, which looks
/// at the word alone: the corpus never changes a word's keys.
/// Stem keys also include the joined and split forms of compound names (`ابو X` ↔ `ابوX`).
struct TermVocabulary: Sendable {
    /// No key.
    static let none = UInt32.max

    /// Normalised words, numbered by exact id.
    private(set) var words = StringTable()
    /// Occurrences by exact id.
    private(set) var counts: [UInt32] = []
    /// Stem key id by exact id.
    private(set) var stems: [UInt32] = []
    /// The further stem keys of exact id `i`: `otherStems[otherStarts[i]..<otherStarts[i + 1]]`.
    private(set) var otherStarts: [UInt32] = []
    private(set) var otherStems: [UInt32] = []
    /// The number of each exact form among the forms of its stem (see `PostingList`).
    private(set) var variants: [UInt8] = []
    /// Stem key id of the second part of a joined compound (`ابوX` → X), or `none`.
    private(set) var splitStems: [UInt32] = []
    /// Whether the exact word opens compound names (`ابو`, `عبد`).
    private(set) var isCompoundHead: [Bool] = []
    /// Stems, numbered by stem key id.
    private(set) var stemIDs = StringTable()

    /// How often the normalised `word` occurs (0 when unseen).
    func frequency(_ word: String) -> Int {
        words.id(of: word).map { Int(counts[Int($0)]) } ?? 0
    }

    /// The exact id of a word, adding it when new, and counts one occurrence.
    mutating func count(_ word: String) -> UInt32 {
        let (id, inserted) = words.insert(word)
        if inserted {
            counts.append(1)
        } else {
            counts[Int(id)] += 1
        }
        return id
    }

    /// The exact id of a word, adding it when new, and counts `times` occurrences.
    mutating func count(_ word: String, times: UInt32) -> UInt32 {
        let id = count(word)
        counts[Int(id)] += times - 1
        return id
    }

    /// Computes every word's stem keys once all words are counted.
    mutating func assignStems() {
        stems = []
        otherStarts = [0]
        otherStems = []
        splitStems = []
        isCompoundHead = []
        variants = []
        var formsPerStem: [UInt32] = []
        // The words' analyses on all cores (the analyser looks at each word alone), their ids in order.
        let runLength = max(256, words.count / 256)
        let words = self.words
        let analysed = ParallelRuns.map(count: (words.count + runLength - 1) / runLength) { r in
            ((r * runLength)..<min(words.count, (r + 1) * runLength)).map { id in
                let word = words.string(UInt32(id))
                return (keys: WordAnalyzer.documentKeys(word), split: NameCompounds.split(word).map { WordAnalyzer.queryKey($0.rest) })
            }
        }.joined()
        for (id, (keys, split)) in analysed.enumerated() {
            let word = words.string(UInt32(id))
            let stem = stemID(adding: keys[0])
            stems.append(stem)
            for other in keys.dropFirst() { otherStems.append(stemID(adding: other)) }
            otherStarts.append(UInt32(otherStems.count))
            if formsPerStem.count <= Int(stem) { formsPerStem += repeatElement(0, count: Int(stem) + 1 - formsPerStem.count) }
            variants.append(UInt8(min(formsPerStem[Int(stem)], PostingList.noVariant)))
            formsPerStem[Int(stem)] += 1
            if let split {
                splitStems.append(stemID(adding: split))
            } else {
                splitStems.append(Self.none)
            }
            isCompoundHead.append(NameCompounds.leadingWords.contains(word))
        }
    }

    /// The stem key id of the joined compound `head` + `next` (exact ids), adding it when new.
    mutating func joinedStem(_ head: UInt32, _ next: UInt32) -> UInt32 {
        stemID(adding: stem(of: words.string(head) + words.string(next)))
    }

    /// Bytes the vocabulary's tables hold (their capacity).
    var byteCount: Int {
        words.byteCount + stemIDs.byteCount + variants.capacity + isCompoundHead.capacity
            + 4 * (counts.capacity + stems.capacity + otherStarts.capacity + otherStems.capacity + splitStems.capacity)
    }

    /// Trims every table to its exact size once the index is built (appending leaves up to
    /// half of each unused).
    mutating func compact() {
        words = words.compacted()
        stemIDs = stemIDs.compacted()
        counts = counts.withUnsafeBufferPointer { Array($0) }
        stems = stems.withUnsafeBufferPointer { Array($0) }
        otherStarts = otherStarts.withUnsafeBufferPointer { Array($0) }
        otherStems = otherStems.withUnsafeBufferPointer { Array($0) }
        variants = variants.withUnsafeBufferPointer { Array($0) }
        splitStems = splitStems.withUnsafeBufferPointer { Array($0) }
        isCompoundHead = isCompoundHead.withUnsafeBufferPointer { Array($0) }
    }

    /// How many distinct words were indexed.
    var wordCount: Int { words.count }

    /// The keys a query word (normalised) looks up: its exact-form variant (nil when the index
    /// never saw the form) and its stem key (nil when the index lacks it).
    func keys(of normalized: String) -> (variant: UInt32?, stem: UInt32?) {
        if let id = words.id(of: normalized) {
            let variant = UInt32(variants[Int(id)])
            return (variant == PostingList.noVariant ? nil : variant, stems[Int(id)])
        }
        return (nil, stemIDs.id(of: stem(of: normalized)))
    }

    /// The further stem keys of exact id `id` (other readings of its proclitics).
    func otherStems(of id: UInt32) -> ArraySlice<UInt32> {
        otherStems[Int(otherStarts[Int(id)])..<Int(otherStarts[Int(id) + 1])]
    }

    /// The stem key a query for the (normalised) word looks up; the same for every corpus.
    func stem(of normalized: String) -> String {
        WordAnalyzer.queryKey(normalized)
    }

    private mutating func stemID(adding stem: String) -> UInt32 {
        stemIDs.insert(stem).id
    }
}

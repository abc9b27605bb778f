import ArabicText

/// "Did you mean": replaces query words the index does not know with the most frequent indexed
/// word within a small edit distance, and offers the result when it finds something.
struct SpellingSuggester: Sendable {
    /// UTF-16 units of every indexed word, concatenated (Arabic letters are one unit each).
    private let units: [UInt16]
    private let starts: [UInt32]
    private let counts: [UInt32]
    /// Word id of each entry (entries are the words offered).
    private let entryIDs: [UInt32]
    /// Entry indices grouped by length in units.
    private let byLength: [[UInt32]]

    init(vocabulary: TermVocabulary) {
        var units: [UInt16] = []
        var starts: [UInt32] = [0]
        var byLength: [[UInt32]] = []
        var entryIDs: [UInt32] = []
        // Words seen once are mostly typos and rare names themselves: only repeated words are
        // offered, which also keeps the scan short on large corpora.
        let size = vocabulary.words.count
        let minimumCount: UInt32 = size > 1_000_000 ? 5 : size > 50_000 ? 2 : 1
        for id in 0..<size where vocabulary.counts[id] >= minimumCount {
            let u = Array(vocabulary.words.string(UInt32(id)).utf16)
            units.append(contentsOf: u)
            starts.append(UInt32(units.count))
            if byLength.count <= u.count { byLength += Array(repeating: [], count: u.count - byLength.count + 1) }
            byLength[u.count].append(UInt32(entryIDs.count))
            entryIDs.append(UInt32(id))
        }
        self.units = units
        self.starts = starts
        self.counts = vocabulary.counts
        self.byLength = byLength
        self.entryIDs = entryIDs
    }

    /// Bytes the suggester's tables hold, the word counts (shared with the vocabulary) aside.
    var byteCount: Int {
        2 * units.capacity + 4 * (starts.capacity + entryIDs.capacity) + byLength.reduce(24 * byLength.capacity) { $0 + 4 * $1.capacity }
    }

    /// The largest edit distance accepted for a word of `length` letters.
    static func tolerance(_ length: Int) -> Int {
        length <= 3 ? 0 : length <= 6 ? 1 : 2
    }

    /// A corrected query that matches something, or nil.
    func suggest(for query: SearchQuery, in index: InvertedIndex, filter: DocumentFilter) -> String? {
        var changed = false
        func fix(_ term: SearchQuery.Term) -> SearchQuery.Term {
            let fixed = term.words.map { word -> String in
                let normalized = HamzaDistinctions.searchForm(word)
                guard index.vocabulary.keys(of: normalized).stem == nil, let best = closest(to: normalized) else { return word }
                changed = true
                return best
            }
            return fixed.count == 1 ? .word(fixed[0]) : .phrase(fixed)
        }
        let clauses = query.clauses.map { SearchQuery.Clause(alternatives: $0.alternatives.map(fix)) }
        guard changed, let corrected = try? SearchQuery(clauses: clauses, excluded: query.excluded) else { return nil }
        let results = index.search(corrected, filter: filter, limit: 0, offset: 0, depth: 0, suggesting: false)
        return results.total > 0 ? corrected.description : nil
    }

    /// The most frequent indexed word closest to `word`, within tolerance.
    func closest(to word: String) -> String? {
        let target = Array(word.utf16)
        let limit = Self.tolerance(target.count)
        guard limit > 0 else { return nil }
        var best: (distance: Int, count: UInt32, entry: UInt32)?
        for length in max(0, target.count - limit)...(target.count + limit) where length < byLength.count {
            for entry in byLength[length] {
                let id = entryIDs[Int(entry)]
                let candidate = units[Int(starts[Int(entry)])..<Int(starts[Int(entry) + 1])]
                guard let d = Self.distance(target, candidate, limit: limit) else { continue }
                if best == nil || d < best!.distance || (d == best!.distance && counts[Int(id)] > best!.count) {
                    best = (d, counts[Int(id)], entry)
                }
            }
        }
        return best.map { String(decoding: units[Int(starts[Int($0.entry)])..<Int(starts[Int($0.entry) + 1])], as: UTF16.self) }
    }

    /// Levenshtein distance, or nil once it must exceed `limit`.
    static func distance(_ a: [UInt16], _ b: ArraySlice<UInt16>, limit: Int) -> Int? {
        let b = Array(b)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...max(1, b.count) where j <= b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}

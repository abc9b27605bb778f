/// Where one query term's matches are read from: a word's postings (scored lazily, only when
/// ranking needs them) or a phrase's matches, scored when found (finding them reads the
/// positions anyway).
enum TermSource: AscendingDocuments {
    case word(PostingList, key: UInt32, variant: UInt32?)
    case phrase(ScoredDocuments)

    var count: Int {
        switch self {
        case .word(let list, _, _): return list.count
        case .phrase(let scored): return scored.count
        }
    }

    @inline(__always) func document(_ i: Int) -> UInt32 {
        switch self {
        case .word(let list, _, _): return list.document(i)
        case .phrase(let scored): return scored.documents[i]
        }
    }
}

/// The documents matching a query, ascending, found without scoring, with the sources of its
/// terms (clause after clause) and, per term, where each document's match is in that source.
struct QueryMatches {
    private(set) var documents: [UInt32] = []
    /// The terms of all clauses, clause after clause.
    private(set) var terms: [TermSource] = []
    /// One past the last term of each clause in `terms`.
    private(set) var clauseEnds: [Int] = []
    /// Per term, the index of each document's match in the term's source, or -1.
    private(set) var columns: [[Int32]] = []

    var count: Int { documents.count }
    var isEmpty: Bool { documents.isEmpty }

    /// Matches of a first clause: the documents of any of its terms.
    init(union sources: [TermSource]) {
        terms = sources
        clauseEnds = [sources.count]
        if sources.count == 1, case .word(let list, _, _) = sources[0] {
            let n = list.count
            documents = Array(list.storage[(list.base + 1)..<(list.base + 1 + n)])
            columns = [Array(0..<Int32(n))]
            return
        }
        columns = Array(repeating: [], count: sources.count)
        var cursors = [Int](repeating: 0, count: sources.count)
        while true {
            var next = UInt32.max, any = false
            for t in sources.indices where cursors[t] < sources[t].count {
                next = min(next, sources[t].document(cursors[t]))
                any = true
            }
            guard any else { break }
            documents.append(next)
            for t in sources.indices {
                if cursors[t] < sources[t].count, sources[t].document(cursors[t]) == next {
                    columns[t].append(Int32(cursors[t]))
                    cursors[t] += 1
                } else {
                    columns[t].append(-1)
                }
            }
        }
    }

    /// Keeps the documents that match a further clause too (any of `sources`).
    mutating func intersect(_ sources: [TermSource]) {
        var keep = [Bool](repeating: false, count: count)
        for source in sources {
            var column = [Int32](repeating: -1, count: count)
            var cursor = 0
            for r in documents.indices {
                if let i = source.find(documents[r], from: &cursor) {
                    column[r] = Int32(i)
                    keep[r] = true
                }
            }
            columns.append(column)
            terms.append(source)
        }
        clauseEnds.append(terms.count)
        retain { r, _ in keep[r] }
    }

    /// Keeps the documents for which `keep(document)` holds; called in ascending order.
    mutating func retain(documents keep: (UInt32) -> Bool) {
        retain { _, doc in keep(doc) }
    }

    /// Keeps the rows for which `keep(row, document)` holds.
    private mutating func retain(_ keep: (Int, UInt32) -> Bool) {
        var kept = 0
        for r in 0..<documents.count where keep(r, documents[r]) {
            documents[kept] = documents[r]
            for t in columns.indices { columns[t][kept] = columns[t][r] }
            kept += 1
        }
        documents.removeLast(documents.count - kept)
        for t in columns.indices { columns[t].removeLast(columns[t].count - kept) }
    }
}

/// One query term's matches, as ranking reads them.
enum MatchedTerm {
    /// A word: its stem's postings as bits; `variant` is its exact form's number, when indexed.
    case word(PostingBits, key: UInt32, variant: UInt32?)
    /// A phrase: its words' postings as bits (`keys` their stems), the documents where the
    /// words were found in a row (verified only among the query's candidates) and how many
    /// times (`counts`, nil before verification).
    case phrase(words: [PostingBits], keys: [UInt32], found: DocumentSet, counts: PhraseCounts?)
    /// A term the index cannot match (a word it has never seen).
    case none

    /// Whether the term matches `document` (a candidate of the query).
    @inline(__always) func contains(_ document: Int) -> Bool {
        switch self {
        case .word(let bits, _, _): return bits.contains(document)
        case .phrase(_, _, let found, _): return found.contains(document)
        case .none: return false
        }
    }
}

/// How many times a phrase occurs in each verified document (0 elsewhere), by document
/// position: counted once by the verification, read by ranking for bounds and scores.
final class PhraseCounts {
    let counts: UnsafeMutablePointer<UInt32>

    init(capacity: Int) {
        counts = .allocate(capacity: max(1, capacity))
        counts.initialize(repeating: 0, count: max(1, capacity))
    }

    deinit { counts.deallocate() }
}

/// The documents matching a query, as a `DocumentSet`, with the query's terms clause after
/// clause, so that ranking can score any of them without searching a posting list.
struct QueryMatches {
    /// Every document matching every clause, no exclusion and the filters.
    var documents: DocumentSet
    /// How many documents match.
    var count: Int
    /// The terms of all clauses, clause after clause.
    var terms: [MatchedTerm]
    /// One past the last term of each clause in `terms`.
    var clauseEnds: [Int]

    var isEmpty: Bool { count == 0 }
}

/// What restricts a search besides its words: a set of documents, a test per document, or both.
struct DocumentFilter {
    var set: DocumentSet?
    var predicate: ((Int) -> Bool)?
}

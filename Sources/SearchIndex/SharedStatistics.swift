/// The figures BM25 takes from the whole collection, for an index that holds only part of it
/// (`LiveIndex`'s base or segment): scoring a part with them gives each document the score one
/// index over the whole collection would give it.
struct SharedStatistics {
    /// Documents in the whole collection.
    var documentCount: Int
    /// Document frequency in the whole collection, by this part's stem key id (every key the query uses).
    var frequencies: [UInt32: Int]
    /// Length normalisation of this part's documents, with the whole collection's average length.
    var lengthNorms: [Float]
    /// The order the query's clauses are evaluated in (cheapest over the whole collection first).
    var clauseOrder: [Int]

    /// BM25's inverse document frequency of the part's stem key `stem` in the whole collection.
    func idf(_ stem: UInt32) -> Double {
        InvertedIndex.idf(frequencies[stem] ?? 0, documentCount: documentCount)
    }
}

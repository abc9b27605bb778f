import ArabicText
import Foundation

/// The full-text index over a corpus snapshot, built once and then read-only.
///
/// Each token is indexed under its stem keys (`WordAnalyzer`: the key a query for it looks up,
/// and the other readings of its proclitics), with token positions (for phrases) that also
/// number its exact normalised form among the stem's forms (for the exact-form bonus). Compound names add the joined
/// form (`ابو X` → `ابوX`) and the split one (`ابوX` → `X`). Postings are packed `[UInt32]`
/// arrays, one per key; keys are integer ids.
public struct InvertedIndex: Sendable {
    /// The index's tables, behind one reference: the index is passed and captured by value on
    /// every search, and one retain is cheaper than one per table.
    private let tables: Tables

    final class Tables: Sendable {
        let documents: [IndexedDocument]
        let parameters: RankingParameters
        let vocabulary: TermVocabulary
        let joinedStems: [UInt64: UInt32]
        let stemPostings: PostingStore
        let titleCounts: [UInt32]
        let lengthNorms: [Float]
        /// Title-weighted token counts of each document (what `lengthNorms` are computed from).
        let documentLengths: [UInt32]
        let suggester: SpellingSuggester
        let sentences: SentenceTable
        let stemBlocks: BlockBounds

        init(documents: [IndexedDocument], parameters: RankingParameters) {
            var builder = IndexBuilder(parameters: parameters)
            builder.scan(documents)
            let built = builder.build()
            self.documents = documents
            self.parameters = parameters
            var vocabulary = built.vocabulary
            self.sentences = built.sentences
            vocabulary.compact()
            // After `compact()`, so that both share the trimmed word counts.
            self.suggester = SpellingSuggester(vocabulary: vocabulary)
            self.vocabulary = vocabulary
            self.joinedStems = built.joinedStems
            self.stemPostings = built.stemPostings
            self.titleCounts = built.titleCounts
            self.documentLengths = built.documentLengths
            let lengthNorms = InvertedIndex.lengthNorms(built.documentLengths[...],
                                                        average: InvertedIndex.averageLength(built.documentLengths, count: documents.count),
                                                        parameters: parameters)
            self.lengthNorms = lengthNorms
            let count = documents.count
            self.stemBlocks = BlockBounds(postings: built.stemPostings, titleCounts: built.titleCounts,
                                          lengthNorms: lengthNorms, parameters: parameters) {
                InvertedIndex.idf($0, documentCount: count)
            }
        }
    }

    var documents: [IndexedDocument] { tables.documents }
    var parameters: RankingParameters { tables.parameters }
    var vocabulary: TermVocabulary { tables.vocabulary }
    /// Stem key ids of joined compounds by (head exact id << 32 | next exact id).
    var joinedStems: [UInt64: UInt32] { tables.joinedStems }
    var stemPostings: PostingStore { tables.stemPostings }
    /// Title tokens of each document (body token k is at position titleCount + 1 + k).
    var titleCounts: [UInt32] { tables.titleCounts }
    /// BM25's length normalisation `k1 · (1 − b + b · length / average)` of each document.
    var lengthNorms: [Float] { tables.lengthNorms }
    /// Title-weighted token counts of each document.
    var documentLengths: [UInt32] { tables.documentLengths }
    var suggester: SpellingSuggester { tables.suggester }
    /// Where each body sentence starts, for snippets.
    var sentences: SentenceTable { tables.sentences }
    /// Score bounds per block of stem postings, for top-k pruning.
    var stemBlocks: BlockBounds { tables.stemBlocks }

    /// Indexes `documents`; their positions in this array identify them in results.
    public init(documents: [IndexedDocument], parameters: RankingParameters = RankingParameters()) {
        tables = Tables(documents: documents, parameters: parameters)
    }

    /// Starts loading the analyser's lexicon (`StemLexicon.shared`, a few tenths of a second) on
    /// a thread of its own, so that it overlaps reading and analysing the corpus; the first index
    /// built waits for it if it is not done.
    public static func warmUp() {
        Thread.detachNewThread { _ = StemLexicon.shared.count }
    }

    /// How many documents are indexed.
    public var documentCount: Int { documents.count }

    /// How many distinct exact and stem keys the index holds.
    public var keyCount: (exact: Int, stem: Int) { (vocabulary.wordCount, stemPostings.count) }

    /// The stem key the index uses for a word as typed (for tests and diagnostics).
    public func stem(of word: String) -> String {
        vocabulary.stem(of: HamzaDistinctions.searchForm(word))
    }

    /// BM25's inverse document frequency of a key held by `documentFrequency` documents.
    func idf(_ documentFrequency: Int) -> Double {
        Self.idf(documentFrequency, documentCount: documents.count)
    }

    /// BM25's inverse document frequency in a corpus of `documentCount` documents.
    static func idf(_ documentFrequency: Int, documentCount: Int) -> Double {
        let n = Double(documentCount)
        let df = Double(documentFrequency)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// The average of `lengths` over `count` documents, as BM25's length normalisation uses it
    /// (a sum of integers in a `Double` is exact, so any order of documents gives the same value).
    static func averageLength<S: Sequence<UInt32>>(_ lengths: S, count: Int) -> Double {
        let total = lengths.reduce(0) { $0 + Double($1) }
        return count == 0 ? 1 : max(1, total / Double(count))
    }

    /// BM25's length normalisation `k1 · (1 − b + b · length / average)` of each length.
    static func lengthNorms(_ lengths: ArraySlice<UInt32>, average: Double, parameters: RankingParameters) -> [Float] {
        lengths.map { Float(parameters.k1 * (1 - parameters.b + parameters.b * Double($0) / average)) }
    }

    /// BM25 weight of one key in one document, given the key's `idf`.
    @inline(__always)
    func bm25(frequency: UInt32, document: UInt32, idf: Double) -> Double {
        parameters.bm25(frequency: frequency, norm: lengthNorms[Int(document)], idf: idf)
    }
}

/// The search index of a corpus that changes an article at a time: a base index built over the
/// whole corpus once, a small segment over the documents added or replaced since, and a mask
/// of the base documents since deleted or replaced. A write re-indexes only the segment.
///
/// Searched together, the parts score with the figures of the whole collection (document
/// count, document frequencies, average length) and evaluate clauses in the order one index
/// would, so every query gives the hits, totals, scores and order that a fresh index over the
/// current documents gives (`LiveIndexTests`). A segment costs pruning (its searches score
/// every match), so `merged()` rebuilds one base over everything, off to the side.
public struct LiveIndex: Sendable {
    /// The index over the corpus as it was when last merged.
    public let base: InvertedIndex
    /// Per base document: its position among the current documents, or -1 when deleted or replaced.
    let basePositions: [Int32]
    /// The base documents that are no longer current, ascending.
    let masked: [UInt32]
    /// The documents added or replaced since the base was built.
    let segment: InvertedIndex
    /// Per segment document: its position among the current documents.
    let segmentPositions: [Int32]
    /// How many documents are current.
    public let documentCount: Int
    /// Length normalisations with the current average length (only when there is a segment or mask).
    let baseNorms: [Float]
    let segmentNorms: [Float]

    /// Indexes `documents` in one base; their positions in this array identify them in results.
    public init(documents: [IndexedDocument], parameters: RankingParameters = RankingParameters()) {
        let base = InvertedIndex(documents: documents, parameters: parameters)
        self.init(base: base, basePositions: documents.indices.map(Int32.init),
                  segment: InvertedIndex(documents: [], parameters: parameters), segmentPositions: [])
    }

    init(base: InvertedIndex, basePositions: [Int32], segment: InvertedIndex, segmentPositions: [Int32]) {
        self.base = base
        self.basePositions = basePositions
        self.segment = segment
        self.segmentPositions = segmentPositions
        masked = basePositions.indices.compactMap { basePositions[$0] < 0 ? UInt32($0) : nil }
        documentCount = basePositions.count - masked.count + segmentPositions.count
        isWhole = segmentPositions.isEmpty && masked.isEmpty && !basePositions.enumerated().contains { $0.offset != Int($0.element) }
        if masked.isEmpty && segmentPositions.isEmpty {
            baseNorms = []
            segmentNorms = []
        } else {
            var lengths: [UInt32] = []
            lengths.reserveCapacity(documentCount)
            for b in basePositions.indices where basePositions[b] >= 0 { lengths.append(base.documentLengths[b]) }
            lengths += segment.documentLengths
            let average = InvertedIndex.averageLength(lengths, count: documentCount)
            baseNorms = InvertedIndex.lengthNorms(base.documentLengths[...], average: average, parameters: base.parameters)
            segmentNorms = InvertedIndex.lengthNorms(segment.documentLengths[...], average: average, parameters: base.parameters)
        }
    }

    /// Whether the base alone holds the current documents, in their order (searches then prune).
    public let isWhole: Bool

    /// How many documents the segment holds.
    public var segmentCount: Int { segmentPositions.count }

    /// Whether the segment and mask have grown to half of `segmentLimit`: worth a background
    /// merge (a full build), whose cost is then shared by that many writes.
    public var needsMerge: Bool {
        2 * (segmentPositions.count + masked.count) >= Self.segmentLimit(baseCount: base.documentCount)
    }

    /// The largest segment `updated(to:)` keeps before it indexes everything again: about 1% of
    /// the base, at least 64 and at most 512 documents.
    public static func segmentLimit(baseCount: Int) -> Int {
        min(512, max(64, baseCount / 100))
    }

    /// The index of `documents` (the current ones, in order), re-indexing only those that are not
    /// a base document unchanged (same id, title and text); everything when the segment would
    /// outgrow `segmentLimit` (default `segmentLimit(baseCount:)`).
    public func updated(to documents: [IndexedDocument], segmentLimit: Int? = nil) -> LiveIndex {
        var positionByID: [String: Int] = [:]
        positionByID.reserveCapacity(documents.count)
        for (i, d) in documents.enumerated() { positionByID[d.id] = i }
        var covered = [Bool](repeating: false, count: documents.count)
        var positions = [Int32](repeating: -1, count: base.documents.count)
        for (b, doc) in base.documents.enumerated() {
            guard let p = positionByID[doc.id], !covered[p], documents[p].body == doc.body, documents[p].title == doc.title else { continue }
            positions[b] = Int32(p)
            covered[p] = true
        }
        let fresh = documents.indices.filter { !covered[$0] }
        guard fresh.count <= segmentLimit ?? Self.segmentLimit(baseCount: base.documents.count) else {
            return LiveIndex(documents: documents, parameters: base.parameters)
        }
        let segment = InvertedIndex(documents: fresh.map { documents[$0] }, parameters: base.parameters)
        return LiveIndex(base: base, basePositions: positions, segment: segment, segmentPositions: fresh.map(Int32.init))
    }

    /// The index with `added` after the current documents (positions `documentCount…`): what
    /// `updated(to:)` gives for the current documents followed by `added`, without comparing
    /// the current ones again. `added` joins the segment (re-indexed with it), or everything is
    /// indexed again when the segment would outgrow `segmentLimit`.
    public func appending(_ added: [IndexedDocument], segmentLimit: Int? = nil) -> LiveIndex {
        guard !added.isEmpty else { return self }
        let fresh = segment.documents + added
        guard fresh.count <= segmentLimit ?? Self.segmentLimit(baseCount: base.documents.count) else {
            return LiveIndex(documents: documents + added, parameters: base.parameters)
        }
        let segment = InvertedIndex(documents: fresh, parameters: base.parameters)
        let positions = segmentPositions + (documentCount..<(documentCount + added.count)).map(Int32.init)
        return LiveIndex(base: base, basePositions: basePositions, segment: segment, segmentPositions: positions)
    }

    /// The current documents, in order.
    public var documents: [IndexedDocument] {
        var result = [IndexedDocument?](repeating: nil, count: documentCount)
        for (b, p) in basePositions.enumerated() where p >= 0 { result[Int(p)] = base.documents[b] }
        for (s, p) in segmentPositions.enumerated() { result[Int(p)] = segment.documents[s] }
        return result.map { $0! }
    }

    /// One base over the current documents (what a background merge builds).
    public func merged() -> LiveIndex {
        isWhole ? self : LiveIndex(documents: documents, parameters: base.parameters)
    }

    /// How many distinct exact and stem keys the base holds.
    public var keyCount: (exact: Int, stem: Int) { base.keyCount }

    /// The stem key the index uses for a word as typed.
    public func stem(of word: String) -> String { base.stem(of: word) }

    /// The sizes of the base's postings.
    public var statistics: IndexStatistics { base.statistics }
}

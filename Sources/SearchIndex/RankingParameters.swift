/// The constants of ranking, in one place.
///
/// BM25 as in Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond"
/// (2009), with the usual k1 = 1.2 and b = 0.75; title words count as several body words
/// (a simplified BM25F).
public struct RankingParameters: Sendable, Hashable {
    /// Term-frequency saturation.
    public var k1: Double = 1.2
    /// Length normalisation.
    public var b: Double = 0.75
    /// How many body occurrences one title occurrence is worth.
    public var titleBoost: UInt32 = 3
    /// A term found in the title adds this many times its idf, unsaturated: in news a title
    /// names what the article is about, and the frequency boost alone saturates (an article
    /// repeating a word in its body would otherwise outrank the one whose title names it).
    public var titleMatchWeight: Double = 1.0
    /// Weight of the exact-form score added to the stem score, so exact matches rank higher.
    public var exactWeight: Double = 1.5
    /// The most snippets per hit.
    public var snippetsPerHit: Int = 2
    /// The target length of a snippet, in Unicode scalars.
    public var snippetLength: Int = 200

    /// The defaults above.
    public init() {}
}

extension RankingParameters {
    /// BM25 weight of a key with weighted `frequency` in a document of length normalisation
    /// `norm`, given the key's `idf` (the one formula every scorer and bound uses).
    @inline(__always)
    func bm25(frequency: UInt32, norm: Float, idf: Double) -> Double {
        let tf = Double(frequency)
        return idf * tf * (k1 + 1) / (tf + Double(norm))
    }
}

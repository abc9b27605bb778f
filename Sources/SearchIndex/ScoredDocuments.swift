/// Documents with scores, ascending by document, with the set operations queries need.
struct ScoredDocuments: Sendable {
    var documents: [UInt32] = []
    var scores: [Double] = []

    var count: Int { documents.count }
    var isEmpty: Bool { documents.isEmpty }

    mutating func append(_ doc: UInt32, _ score: Double) {
        documents.append(doc)
        scores.append(score)
    }

    /// Documents in either, scores added.
    func union(_ other: ScoredDocuments) -> ScoredDocuments {
        var result = ScoredDocuments()
        var i = 0, j = 0
        while i < count || j < other.count {
            if j == other.count || (i < count && documents[i] < other.documents[j]) {
                result.append(documents[i], scores[i]); i += 1
            } else if i == count || other.documents[j] < documents[i] {
                result.append(other.documents[j], other.scores[j]); j += 1
            } else {
                result.append(documents[i], scores[i] + other.scores[j]); i += 1; j += 1
            }
        }
        return result
    }

    /// Documents in both, scores added.
    func intersection(_ other: ScoredDocuments) -> ScoredDocuments {
        var result = ScoredDocuments()
        var i = 0, j = 0
        while i < count && j < other.count {
            if documents[i] < other.documents[j] { i += 1 }
            else if other.documents[j] < documents[i] { j += 1 }
            else { result.append(documents[i], scores[i] + other.scores[j]); i += 1; j += 1 }
        }
        return result
    }

    /// The documents for which `keep` holds.
    func filter(_ keep: (UInt32) -> Bool) -> ScoredDocuments {
        var result = ScoredDocuments()
        for (d, s) in zip(documents, scores) where keep(d) { result.append(d, s) }
        return result
    }
}

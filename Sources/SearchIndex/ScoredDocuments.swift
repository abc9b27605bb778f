/// Documents with scores and how many query words each matched in their exact form,
/// ascending by document, with the set operations queries need.
struct ScoredDocuments: Sendable {
    var documents: [UInt32] = []
    var scores: [Double] = []
    var exactMatches: [UInt16] = []

    var count: Int { documents.count }
    var isEmpty: Bool { documents.isEmpty }

    mutating func append(_ doc: UInt32, _ score: Double, exact: UInt16 = 0) {
        documents.append(doc)
        scores.append(score)
        exactMatches.append(exact)
    }

    /// Whether the `i`th document ranks above the `j`th: more exact-form matches first, then
    /// the higher score, then the earlier document.
    func ranks(_ i: Int, before j: Int) -> Bool {
        if exactMatches[i] != exactMatches[j] { return exactMatches[i] > exactMatches[j] }
        if scores[i] != scores[j] { return scores[i] > scores[j] }
        return documents[i] < documents[j]
    }

    /// Documents in either, scores added.
    func union(_ other: ScoredDocuments) -> ScoredDocuments {
        var result = ScoredDocuments()
        var i = 0, j = 0
        while i < count || j < other.count {
            if j == other.count || (i < count && documents[i] < other.documents[j]) {
                result.append(documents[i], scores[i], exact: exactMatches[i]); i += 1
            } else if i == count || other.documents[j] < documents[i] {
                result.append(other.documents[j], other.scores[j], exact: other.exactMatches[j]); j += 1
            } else {
                result.append(documents[i], scores[i] + other.scores[j], exact: exactMatches[i] + other.exactMatches[j]); i += 1; j += 1
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
            else { result.append(documents[i], scores[i] + other.scores[j], exact: exactMatches[i] + other.exactMatches[j]); i += 1; j += 1 }
        }
        return result
    }

    /// The documents for which `keep` holds.
    func filter(_ keep: (UInt32) -> Bool) -> ScoredDocuments {
        var result = ScoredDocuments()
        for i in documents.indices where keep(documents[i]) { result.append(documents[i], scores[i], exact: exactMatches[i]) }
        return result
    }
}

/// Documents with scores and how many query words each matched in their exact form,
/// ascending by document, with the set operations queries need.
struct ScoredDocuments: Sendable, AscendingDocuments {
    var documents: [UInt32] = []
    var scores: [Double] = []
    var exactMatches: [UInt16] = []

    var count: Int { documents.count }
    var isEmpty: Bool { documents.isEmpty }

    /// The `i`th document.
    func document(_ i: Int) -> UInt32 { documents[i] }

    mutating func append(_ doc: UInt32, _ score: Double, exact: UInt16 = 0) {
        documents.append(doc)
        scores.append(score)
        exactMatches.append(exact)
    }

    /// Indices of the `k` best, best first: more exact-form matches, then the higher score, then
    /// the earlier document (see `TopKeys`).
    func rankedOrder(best k: Int = .max) -> [Int] {
        var top = TopKeys(capacity: min(max(0, k), count))
        for i in 0..<count { top.insert((exactMatches[i], scores[i], UInt32(i))) }
        return top.sorted().map { Int($0.document) }
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

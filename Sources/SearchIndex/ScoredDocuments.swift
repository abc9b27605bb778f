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

    /// Indices best first: more exact-form matches, then the higher score, then the earlier
    /// document. Sorts one packed array of (exact, score, index) rather than through closures
    /// over three arrays, since every match is ranked (for facets).
    func rankedOrder() -> [Int] {
        var keyed: [(exact: UInt16, score: Double, index: Int32)] = []
        keyed.reserveCapacity(count)
        for i in 0..<count { keyed.append((exactMatches[i], scores[i], Int32(i))) }
        keyed.sort { a, b in
            if a.exact != b.exact { return a.exact > b.exact }
            if a.score != b.score { return a.score > b.score }
            return a.index < b.index
        }
        return keyed.map { Int($0.index) }
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

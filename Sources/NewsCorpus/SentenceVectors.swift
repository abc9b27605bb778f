import Foundation

/// Unit-length TF-IDF vectors of the sentences of some events, over their words (a leading
/// و and the article ال removed), for the cosine of two sentences.
struct SentenceVectors {
    private var vectors: [Int: [(term: Int32, weight: Float)]] = [:]

    init(events: Set<Int>, words: (Int) -> [String]) {
        var ids: [String: Int32] = [:]
        var termsOf: [Int: [Int32: Float]] = [:]
        var documentFrequency: [Int32: Int] = [:]
        for x in events {
            var counts: [Int32: Float] = [:]
            for w in words(x) {
                let key = Self.stripped(w)
                guard key.unicodeScalars.count > 1 else { continue }
                let id = ids[key] ?? { let n = Int32(ids.count); ids[key] = n; return n }()
                counts[id, default: 0] += 1
            }
            guard counts.count >= EventGrouping.minimumWords else { continue }
            for t in counts.keys { documentFrequency[t, default: 0] += 1 }
            termsOf[x] = counts
        }
        let n = Float(max(events.count, 1))
        for (x, counts) in termsOf {
            var v = counts.map { t, tf in (term: t, weight: tf * (logf((n + 1) / Float(documentFrequency[t]! + 1)) + 1)) }
            let norm = v.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { for k in v.indices { v[k].weight /= norm } }
            v.sort { $0.term < $1.term }
            vectors[x] = v
        }
    }

    /// The cosine of two events' sentences (0 when either has no vector).
    func cosine(_ a: Int, _ b: Int) -> Float {
        guard let u = vectors[a], let v = vectors[b] else { return 0 }
        var i = 0, j = 0
        var sum: Float = 0
        while i < u.count && j < v.count {
            if u[i].term == v[j].term { sum += u[i].weight * v[j].weight; i += 1; j += 1 }
            else if u[i].term < v[j].term { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// A word without a leading و and ال (والرياض → رياض).
    static func stripped(_ word: String) -> String {
        var s = Substring(word)
        if s.count > 3, s.hasPrefix("و") { s = s.dropFirst() }
        if s.count > 3, s.hasPrefix("ال") { s = s.dropFirst(2) }
        return String(s)
    }
}

import Foundation

/// Unit-length TF-IDF vectors of the sentences of some events, over their words (a leading
/// و and the article ال removed), for the cosine of two sentences. Built once per corpus for
/// the events that may be grouped; words are numbered through a byte-hashed key (hashing
/// Arabic `String`s normalises them on every lookup).
struct SentenceVectors {
    /// By event position; empty for an event without a vector.
    private var vectors: [[(term: Int32, weight: Float)]]

    init(eventCount: Int, events: Set<Int>, words: (Int) -> [String]) {
        vectors = Array(repeating: [], count: eventCount)
        var ids: [TermKey: Int32] = [:]
        var documentFrequency: [Int32] = []
        var counted: [Int: [(term: Int32, count: Float)]] = [:]
        for x in events {
            var terms: [Int32] = []
            for w in words(x) {
                let key = Self.stripped(w)
                guard key.unicodeScalars.count > 1 else { continue }
                let k = TermKey(key)
                if let id = ids[k] {
                    terms.append(id)
                } else {
                    let id = Int32(documentFrequency.count)
                    ids[k] = id
                    documentFrequency.append(0)
                    terms.append(id)
                }
            }
            terms.sort()
            var runs: [(term: Int32, count: Float)] = []
            for t in terms {
                if let last = runs.last, last.term == t { runs[runs.count - 1].count += 1 } else { runs.append((t, 1)) }
            }
            guard runs.count >= EventGrouping.minimumWords else { continue }
            for r in runs { documentFrequency[Int(r.term)] += 1 }
            counted[x] = runs
        }
        let n = Float(max(events.count, 1))
        for (x, runs) in counted {
            var v = runs.map { r in (term: r.term, weight: r.count * (logf((n + 1) / Float(documentFrequency[Int(r.term)] + 1)) + 1)) }
            let norm = v.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { for k in v.indices { v[k].weight /= norm } }
            vectors[x] = v
        }
    }

    /// The cosine of two events' sentences (0 when either has no vector).
    func cosine(_ a: Int, _ b: Int) -> Float {
        let u = vectors[a], v = vectors[b]
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

/// A word as a dictionary key hashed by an FNV-1a fingerprint of its UTF-8 bytes and compared
/// byte by byte (the words are normalised already).
private struct TermKey: Hashable {
    let text: String
    let fingerprint: UInt64

    init(_ text: String) {
        self.text = text
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        fingerprint = h
    }

    static func == (a: TermKey, b: TermKey) -> Bool {
        a.fingerprint == b.fingerprint && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}

import Foundation

/// One word of a sentence (its id in `SentenceTerms`) and how often the sentence has it.
typealias TermRun = (term: Int32, count: Float)

/// The words of event sentences (a leading و and the article ال removed) numbered for TF-IDF,
/// and each word's document frequency among the counted sentences (those with at least
/// `EventGrouping.minimumWords` distinct words): enough to weigh any sentence's vector again
/// after a write without tokenising it again. Words are numbered through a byte-hashed key
/// (hashing Arabic `String`s normalises them on every lookup).
struct SentenceTerms: Sendable {
    private var ids: [TermKey: Int32] = [:]
    /// The words numbered since `ids` was last extended: a write's new words go here, so that
    /// the vocabulary, shared with the previous corpus, is not copied whole for them. Moved into
    /// `ids` once it holds an eighth as many (the copy then amortised over those writes).
    private var recent: [TermKey: Int32] = [:]
    private(set) var documentFrequency: [Int32] = []

    /// The sentence's distinct words with their counts, by id; new words get an id.
    mutating func runs(of words: [String]) -> [TermRun] {
        var terms: [Int32] = []
        for w in words {
            let key = Self.stripped(w)
            guard key.unicodeScalars.count > 1 else { continue }
            let k = TermKey(key)
            if let id = ids[k] ?? recent[k] {
                terms.append(id)
            } else {
                let id = Int32(documentFrequency.count)
                recent[k] = id
                documentFrequency.append(0)
                terms.append(id)
            }
        }
        if recent.count > max(64, ids.count / 8) {
            ids.merge(recent) { old, _ in old }
            recent = [:]
        }
        terms.sort()
        var runs: [TermRun] = []
        for t in terms {
            if let last = runs.last, last.term == t { runs[runs.count - 1].count += 1 } else { runs.append((t, 1)) }
        }
        return runs
    }

    /// About how many bytes the vocabulary and the frequencies hold.
    var approximateBytes: Int {
        var bytes = documentFrequency.count * 4
        for key in [ids.keys, recent.keys].joined() { bytes += 40 + (key.text.utf8.count > 15 ? 32 + key.text.utf8.count : 0) }
        return bytes * 4 / 3
    }

    /// Whether a sentence with `runs` is counted (has a vector).
    static func isCounted(_ runs: some Collection<TermRun>) -> Bool {
        runs.count >= EventGrouping.minimumWords
    }

    /// Adds `delta` (1 or -1) to the document frequencies of a counted sentence's words.
    mutating func count(_ runs: some Collection<TermRun>, by delta: Int32) {
        guard Self.isCounted(runs) else { return }
        for r in runs { documentFrequency[Int(r.term)] += delta }
    }

    /// The inverse document frequency factor of a word among `n` candidate sentences.
    func weight(_ term: Int32, n: Int) -> Float {
        let n = Float(max(n, 1))
        return logf((n + 1) / Float(documentFrequency[Int(term)] + 1)) + 1
    }

    /// The unit-length TF-IDF vector of a sentence among `n` candidates (empty when not counted).
    func vector(_ runs: some Collection<TermRun>, n: Int) -> [(term: Int32, weight: Float)] {
        guard Self.isCounted(runs) else { return [] }
        var v = runs.map { r in (term: r.term, weight: r.count * weight(r.term, n: n)) }
        let norm = v.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        if norm > 0 { for k in v.indices { v[k].weight /= norm } }
        return v
    }

    /// The cosine of two unit vectors (0 when either is empty).
    static func cosine(_ u: [(term: Int32, weight: Float)], _ v: [(term: Int32, weight: Float)]) -> Float {
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

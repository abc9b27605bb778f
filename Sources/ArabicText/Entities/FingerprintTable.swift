/// Open addressing on a word's FNV-1a fingerprint (`WordKey`): the fingerprint's low bits pick
/// the slot, with no second hash (Swift's `Set` and `Dictionary` run SipHash on every lookup,
/// which showed in entity analysis profiles). A slot holds the word's text so that a
/// fingerprint collision still compares bytes. Grows at half full.
struct FingerprintTable<Value: Sendable>: Sendable {
    private var fingerprints: [UInt64]
    private var texts: [String]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init() {
        fingerprints = Array(repeating: 0, count: 8)
        texts = Array(repeating: "", count: 8)
        values = Array(repeating: nil, count: 8)
        mask = 7
    }

    /// Fingerprint 0 marks an empty slot; a word whose fingerprint is 0 is stored under 1.
    @inline(__always)
    private static func stored(_ fingerprint: UInt64) -> UInt64 { fingerprint == 0 ? 1 : fingerprint }

    @inline(__always)
    private func slot(of key: WordKey) -> (slot: Int, found: Bool) {
        let f = Self.stored(key.fingerprint)
        var s = Int(truncatingIfNeeded: f ^ (f >> 29)) & mask
        while true {
            let g = fingerprints[s]
            if g == 0 { return (s, false) }
            if g == f && texts[s].utf8.elementsEqual(key.text.utf8) { return (s, true) }
            s = (s + 1) & mask
        }
    }

    /// The value stored for the word whose UTF-8 bytes are `bytes` and fingerprint
    /// `fingerprint` (`WordKey`'s), without making a `String`.
    @inline(__always)
    subscript(fingerprint fingerprint: UInt64, bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let f = Self.stored(fingerprint)
        var s = Int(truncatingIfNeeded: f ^ (f >> 29)) & mask
        while true {
            let g = fingerprints[s]
            if g == 0 { return nil }
            if g == f && texts[s].utf8.elementsEqual(bytes) { return values[s] }
            s = (s + 1) & mask
        }
    }

    /// The value stored for `key`.
    @inline(__always)
    subscript(key: WordKey) -> Value? {
        get {
            let (s, found) = slot(of: key)
            return found ? values[s] : nil
        }
        set {
            // Removing leaves the slot with no value (the word stays, as a tombstone would).
            let (s, found) = slot(of: key)
            guard found || newValue != nil else { return }
            values[s] = newValue
            guard !found else { return }
            fingerprints[s] = Self.stored(key.fingerprint)
            texts[s] = key.text
            count += 1
            if count * 2 > mask + 1 { grow() }
        }
    }

    private mutating func grow() {
        let old = zip(zip(fingerprints, texts), values).filter { $0.0.0 != 0 && $0.1 != nil }
        let capacity = (mask + 1) * 2
        fingerprints = Array(repeating: 0, count: capacity)
        texts = Array(repeating: "", count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        count = 0
        for ((_, text), value) in old { self[WordKey(text)] = value }
    }

    /// The entries, in no particular order.
    var entries: [(key: String, value: Value)] {
        fingerprints.indices.compactMap { s in values[s].map { (texts[s], $0) } }
    }
}

/// A normalised word as a dictionary key that hashes cheaply. Hashing a non-ASCII `String`
/// normalises it on every lookup; this key hashes a precomputed FNV-1a fingerprint of the
/// UTF-8 bytes instead and compares the text only when fingerprints agree, so lookups stay
/// exact and a 5 KB article is tagged well under a millisecond.
struct WordKey: Hashable, Sendable {
    /// The normalised word.
    let text: String
    let fingerprint: UInt64

    /// The key of an already-normalised word.
    init(_ text: String) {
        self.text = text
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        fingerprint = h
    }

    /// The key of an already-normalised word whose fingerprint is known (`fingerprint(of:)`).
    @inline(__always)
    init(_ text: String, fingerprint: UInt64) {
        self.text = text
        self.fingerprint = fingerprint
    }

    /// The fingerprint of a normalised word's UTF-8 bytes (what `init(_:)` computes).
    @inline(__always)
    static func fingerprint<S: Sequence>(of bytes: S, from start: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where S.Element == UInt8 {
        var h = start
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// The key of a word as written in a data table (normalised first).
    init(written: String) {
        self.init(ArabicNormalizer.normalize(written))
    }

    static let empty = WordKey("")

    static func == (a: WordKey, b: WordKey) -> Bool {
        // Bytes, not `String ==`: the texts are normalised already, and comparing non-ASCII
        // strings canonically costs a Unicode normalisation per call.
        a.fingerprint == b.fingerprint && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }

    /// The key without its first letter (وسبتمبر → سبتمبر).
    var droppingFirst: WordKey {
        WordKey(String(text.dropFirst()))
    }

    /// Whether the word starts with an attached و.
    var hasWaw: Bool {
        text.unicodeScalars.first == "\u{0648}"
    }
}

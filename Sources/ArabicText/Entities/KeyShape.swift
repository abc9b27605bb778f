/// What the entity rules read of a normalised key's UTF-8 bytes, in one pass: whether it is
/// plain (`PlainKey`) and how many letters it has, its fingerprint (`WordKey`), and its first
/// and last eight bytes, so that prefix and suffix tests of up to four Arabic letters are one
/// mask and compare. For a plain key these tests give `String.hasPrefix`'s and `hasSuffix`'s
/// answers (see `KeyAffixes`); callers use them on plain keys only.
struct KeyShape {
    let byteCount: Int
    /// The letters of a plain key, or -1 when the key is not plain.
    let letters: Int
    /// Whether any byte is ASCII.
    let hasASCII: Bool
    /// FNV-1a of the bytes, as `WordKey` computes it.
    let fingerprint: UInt64
    /// Up to the first eight bytes, the first in the lowest bits.
    let head: UInt64
    /// Up to the last eight bytes, the last in the lowest bits.
    let tail: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var letters = 0, lead: UInt8 = 0, plain = true, ascii = false
        var head: UInt64 = 0, tail: UInt64 = 0
        for (i, b) in bytes.enumerated() {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            if i < 8 { head |= UInt64(b) << UInt64(8 * i) }
            tail = tail << 8 | UInt64(b)
            if lead != 0 {
                if !(lead == 0xD8 && (0xA1...0xBF).contains(b) || lead == 0xD9 && (0x80...0x8A).contains(b)) { plain = false }
                lead = 0
            } else if b < 0x80 {
                letters += 1
                ascii = true
            } else if b == 0xD8 || b == 0xD9 {
                lead = b
                letters += 1
            } else {
                plain = false
            }
        }
        byteCount = bytes.count
        self.letters = plain && lead == 0 ? letters : -1
        hasASCII = ascii
        fingerprint = h
        self.head = head
        self.tail = tail
    }

    /// Whether the key is plain.
    @inline(__always)
    var isPlain: Bool { letters >= 0 }

    /// Whether the key's bytes start with `p`'s.
    @inline(__always)
    func hasPrefix(_ p: BytePattern) -> Bool {
        byteCount >= p.count && head & p.mask == p.bits
    }

    /// Whether the key's bytes end with `p`'s (`p` made with `BytePattern(suffix:)`).
    @inline(__always)
    func hasSuffix(_ p: BytePattern) -> Bool {
        byteCount >= p.count && tail & p.mask == p.bits
    }

    /// The shape of `key` (its UTF-8 bytes are contiguous for every native string).
    static func of(_ key: String) -> KeyShape {
        key.utf8.withContiguousStorageIfAvailable(KeyShape.init) ?? Array(key.utf8).withUnsafeBufferPointer(KeyShape.init)
    }
}

/// Up to eight bytes of a prefix or suffix, packed as `KeyShape` packs a key's head or tail.
struct BytePattern: Sendable {
    let bits: UInt64
    let mask: UInt64
    /// The number of bytes.
    let count: Int
    /// The number of letters (scalars).
    let letters: Int

    /// The pattern of a prefix (at most eight UTF-8 bytes).
    init(prefix: String) {
        let bytes = Array(prefix.utf8)
        precondition(bytes.count <= 8)
        var bits: UInt64 = 0
        for (i, b) in bytes.enumerated() { bits |= UInt64(b) << UInt64(8 * i) }
        self.bits = bits
        count = bytes.count
        mask = count == 8 ? ~0 : (1 << UInt64(8 * count)) - 1
        letters = prefix.unicodeScalars.count
    }

    /// The pattern of a suffix (at most eight UTF-8 bytes).
    init(suffix: String) {
        let bytes = Array(suffix.utf8)
        precondition(bytes.count <= 8)
        var bits: UInt64 = 0
        for b in bytes { bits = bits << 8 | UInt64(b) }
        self.bits = bits
        count = bytes.count
        mask = count == 8 ? ~0 : (1 << UInt64(8 * count)) - 1
        letters = suffix.unicodeScalars.count
    }

    static let article = BytePattern(prefix: "ال")
}

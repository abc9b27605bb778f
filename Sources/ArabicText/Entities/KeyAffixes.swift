/// Prefix and suffix tests on normalised keys by UTF-8 bytes. `String.hasPrefix` compares
/// Characters, normalising non-ASCII text as it goes, and the entity views test every token
/// against some twenty clitics. A byte match gives the same answer whenever the scalar next to
/// the matched part is a plain letter or ASCII (no mark can attach to it, no Prepend character
/// can precede it); otherwise the test falls back to the `String` method, so answers never change.
enum KeyAffixes {
    /// Whether `key` starts with `prefix` (same answer as `key.hasPrefix(prefix)`).
    @inline(__always)
    static func hasPrefix(_ key: String, _ prefix: String) -> Bool {
        let k = key.utf8, p = prefix.utf8
        guard k.count >= p.count, k.starts(with: p) else { return false }
        if k.count == p.count { return true }
        let next = k[k.index(k.startIndex, offsetBy: p.count)]
        // ASCII, or the lead byte of U+0621…U+063F (D8 A1…BF) / U+0640…U+064A (D9 80…8A).
        if next < 0x80 || isPlainArabicLetter(k, at: p.count) { return true }
        return key.hasPrefix(prefix)
    }

    /// Whether `key` ends with `suffix` (same answer as `key.hasSuffix(suffix)`).
    @inline(__always)
    static func hasSuffix(_ key: String, _ suffix: String) -> Bool {
        let k = key.utf8, s = suffix.utf8
        guard k.count >= s.count, k.reversed().starts(with: s.reversed()) else { return false }
        let start = k.count - s.count
        if start == 0 { return true }
        // The scalar before the suffix: ASCII, or a plain two-byte Arabic letter.
        let before = k[k.index(k.startIndex, offsetBy: start - 1)]
        if before < 0x80 || start >= 2 && isPlainArabicLetter(k, at: start - 2) { return true }
        return key.hasSuffix(suffix)
    }

    /// Whether `a == b`, without `String`'s Unicode comparison when both are plain (`PlainKey`:
    /// plain text is in normal form C, so canonical equivalence is byte identity).
    @inline(__always)
    static func equals(_ a: String, _ b: String) -> Bool {
        if a.utf8.elementsEqual(b.utf8) { return true }
        if PlainKey.letterCount(a) != nil, PlainKey.letterCount(b) != nil { return false }
        return a == b
    }

    /// The last two UTF-8 bytes of `key` (zeros when it is shorter): a quick test of its last
    /// letter before a suffix test (a suffix that ends with letter X matches only keys whose last
    /// two bytes encode X).
    @inline(__always)
    static func lastTwoBytes(of key: String) -> (UInt8, UInt8) {
        let k = key.utf8
        guard k.count >= 2 else { return (0, 0) }
        let i = k.index(k.endIndex, offsetBy: -2)
        return (k[i], k[k.index(after: i)])
    }

    /// Whether the two bytes at `offset` encode a letter in U+0621…U+064A.
    @inline(__always)
    private static func isPlainArabicLetter(_ k: String.UTF8View, at offset: Int) -> Bool {
        guard offset + 1 < k.count else { return false }
        let i = k.index(k.startIndex, offsetBy: offset)
        let b0 = k[i], b1 = k[k.index(after: i)]
        return b0 == 0xD8 && (0xA1...0xBF).contains(b1) || b0 == 0xD9 && (0x80...0x8A).contains(b1)
    }
}

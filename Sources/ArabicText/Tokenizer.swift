import Foundation

/// Splits text into words: runs of letters, digits and in-word marks. Punctuation, spaces,
/// `#` and `_` separate words, so `#حسن_الإمام` gives two words.
public enum Tokenizer {
    /// The words of `text` with their scalar offsets.
    public static func tokens(in text: String) -> [Token] {
        tokens(in: scalars(of: text))
    }

    /// The Unicode scalars of `text`, as `Array(text.unicodeScalars)` gives them, decoded from
    /// its UTF-8 in one pass (the view's own copy counts the scalars first, then decodes them).
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        text.utf8.withContiguousStorageIfAvailable { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: u.count) { out, count in
                var i = 0, k = 0
                let n = u.count
                while i < n {
                    let b = UInt32(u[i])
                    var v: UInt32
                    if b < 0x80 {
                        v = b
                        i += 1
                    } else if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F)
                        i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F)
                        i += 4
                    }
                    // A native string's bytes are valid UTF-8, so `v` is a scalar value.
                    out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    k += 1
                }
                count = k
            }
        } ?? Array(text.unicodeScalars)
    }

    /// The words of already-split scalars (avoids re-splitting a text analysed several times).
    public static func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(scalars.count / 6 + 1)
        scalars.withUnsafeBufferPointer { s in
            forEachWord(in: scalars) { range in
                guard let (key, bytes) = key(of: s, range) else { return }
                let text = String(unsafeUninitializedCapacity: bytes) { out in
                    var n = 0
                    for i in range { n += encode(s[i], into: out, at: n) }
                    return n
                }
                result.append(Token(text: text, normalized: key, start: range.lowerBound, end: range.upperBound))
            }
        }
        return result
    }

    /// Calls `body` with the matching key and scalar range of each word, without building
    /// `Token`s (the indexer's fast path; same words and keys as `tokens(in:)`).
    public static func forEachKey(in scalars: [Unicode.Scalar], _ body: (String, Range<Int>) -> Void) {
        scalars.withUnsafeBufferPointer { s in
            forEachWord(in: scalars) { range in
                if let (key, _) = key(of: s, range) { body(key, range) }
            }
        }
    }

    /// The matching key of the word `s[range]` and the UTF-8 length of the word as written, or
    /// nil when the key is empty. Keys are built as UTF-8 bytes straight into the string:
    /// appending to a `String.UnicodeScalarView` scalar by scalar is several times slower, and
    /// the indexer and analysers tokenise every text.
    @inline(__always)
    private static func key(of s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> (String, Int)? {
        var bytes = 0
        var presentation = false
        for i in range {
            bytes += utf8Length(s[i])
            if isPresentationForm(s[i]) { presentation = true }
        }
        guard !presentation else {
            let key = presentationKey(of: s, range)
            return key.isEmpty ? nil : (key, bytes)
        }
        // Folding never lengthens a scalar's encoding, so the word's length bounds the key's.
        let key = String(unsafeUninitializedCapacity: bytes) { out in
            var n = 0
            for i in range {
                if let f = ArabicNormalizer.fold(s[i]) { n += encode(f, into: out, at: n) }
            }
            return n
        }
        return key.isEmpty ? nil : (key, bytes)
    }

    /// The key of a word with presentation forms (ﻟﻴﺒﻴﺎ, ﻻ), which NFKC maps to ordinary letters.
    private static func presentationKey(of s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        var key: [UInt8] = []
        for i in range {
            if isPresentationForm(s[i]) {
                for c in String(s[i]).precomposedStringWithCompatibilityMapping.unicodeScalars {
                    if let f = ArabicNormalizer.fold(c) { UTF8.encode(f) { key.append($0) } }
                }
            } else if let f = ArabicNormalizer.fold(s[i]) {
                UTF8.encode(f) { key.append($0) }
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// The number of UTF-8 bytes of `s`.
    @inline(__always)
    static func utf8Length(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    /// Writes the UTF-8 bytes of `s` at `out[n...]` (room for them is there); returns their number.
    @inline(__always)
    static func encode(_ s: Unicode.Scalar, into out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        let v = s.value
        if v < 0x80 {
            out[n] = UInt8(v)
            return 1
        }
        if v < 0x800 {
            out[n] = UInt8(0xC0 | v >> 6)
            out[n + 1] = UInt8(0x80 | v & 0x3F)
            return 2
        }
        if v < 0x10000 {
            out[n] = UInt8(0xE0 | v >> 12)
            out[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
            out[n + 2] = UInt8(0x80 | v & 0x3F)
            return 3
        }
        out[n] = UInt8(0xF0 | v >> 18)
        out[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
        out[n + 2] = UInt8(0x80 | v >> 6 & 0x3F)
        out[n + 3] = UInt8(0x80 | v & 0x3F)
        return 4
    }

    /// Calls `body` with the scalar range of each word (runs of word scalars with at least one
    /// scalar that is not ignorable), in order; no strings are built.
    public static func forEachWord(in scalars: [Unicode.Scalar], _ body: (Range<Int>) -> Void) {
        var i = 0
        let n = scalars.count
        while i < n {
            guard isWordScalar(scalars[i]), !ArabicNormalizer.isIgnorable(scalars[i]) || i > 0 && isWordScalar(scalars[i - 1]) else {
                i += 1
                continue
            }
            let start = i
            var hasKey = false
            while i < n, isWordScalar(scalars[i]) {
                if !hasKey, !ArabicNormalizer.isIgnorable(scalars[i]) { hasKey = true }
                i += 1
            }
            if hasKey { body(start..<i) }
        }
    }

    /// Arabic presentation forms A and B, which NFKC maps to ordinary letters.
    @inline(__always)
    static func isPresentationForm(_ s: Unicode.Scalar) -> Bool {
        (0xFB50...0xFDFF).contains(s.value) || (0xFE70...0xFEFC).contains(s.value)
    }

    /// Letters, digits, combining marks and tatweel belong to words.
    @inline(__always)
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // Fast paths for ASCII and the core Arabic block, the bulk of news text; they give the
        // same answers as the Unicode properties below.
        if v < 0x80 {
            let lower = v | 0x20
            return (0x30...0x39).contains(v) || (0x61...0x7A).contains(lower)
        }
        if (0x0620...0x065F).contains(v) || (0x0660...0x0669).contains(v) { return true }
        if v < UInt32(wordTable.count) { return wordTable[Int(v)] }
        return isWordScalarByProperties(s)
    }

    /// `isWordScalarByProperties` for every scalar below U+2100 (Arabic punctuation such as
    /// ، ؛ ؟, general punctuation such as … and “”), computed once: the Unicode property
    /// look-ups are the slow part of tokenising.
    private static let wordTable: [Bool] = (0..<0x2100).map { v in
        Unicode.Scalar(UInt32(v)).map(isWordScalarByProperties) ?? false
    }

    /// The rule itself, from Unicode properties.
    static func isWordScalarByProperties(_ s: Unicode.Scalar) -> Bool {
        if s == "_" || s == "#" { return false }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return s.value == 0x0640
        }
    }
}

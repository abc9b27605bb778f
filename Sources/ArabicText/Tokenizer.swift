import Foundation

/// Splits text into words: runs of letters, digits and in-word marks. Punctuation, spaces,
/// `#` and `_` separate words, so `#مصطفى_الإمام` gives two words.
public enum Tokenizer {
    /// The words of `text` with their scalar offsets.
    public static func tokens(in text: String) -> [Token] {
        tokens(in: Array(text.unicodeScalars))
    }

    /// The words of already-split scalars (avoids re-splitting a text analysed several times).
    public static func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        var result: [Token] = []
        var raw: [UInt8] = []
        forEachKey(in: scalars) { key, range in
            raw.removeAll(keepingCapacity: true)
            for s in scalars[range] { UTF8.encode(s) { raw.append($0) } }
            result.append(Token(text: String(decoding: raw, as: UTF8.self), normalized: key,
                                start: range.lowerBound, end: range.upperBound))
        }
        return result
    }

    /// Calls `body` with the matching key and scalar range of each word, without building
    /// `Token`s (the indexer's fast path; same words and keys as `tokens(in:)`).
    public static func forEachKey(in scalars: [Unicode.Scalar], _ body: (String, Range<Int>) -> Void) {
        // Keys are built as UTF-8 bytes: appending to a `String.UnicodeScalarView` scalar by
        // scalar is several times slower, and the indexer and analysers tokenise every text.
        var key: [UInt8] = []
        forEachWord(in: scalars) { range in
            key.removeAll(keepingCapacity: true)
            for s in scalars[range] {
                if isPresentationForm(s) {
                    // NFKC maps presentation forms (ﻟﻴﺒﻴﺎ, ﻻ) to ordinary letters.
                    for c in String(s).precomposedStringWithCompatibilityMapping.unicodeScalars {
                        if let f = ArabicNormalizer.fold(c) { UTF8.encode(f) { key.append($0) } }
                    }
                } else if let f = ArabicNormalizer.fold(s) {
                    UTF8.encode(f) { key.append($0) }
                }
            }
            if !key.isEmpty { body(String(decoding: key, as: UTF8.self), range) }
        }
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

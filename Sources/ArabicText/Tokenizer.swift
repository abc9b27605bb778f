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
        var i = 0
        let n = scalars.count
        while i < n {
            guard isWordScalar(scalars[i]), !ArabicNormalizer.isIgnorable(scalars[i]) || i > 0 && isWordScalar(scalars[i - 1]) else {
                i += 1
                continue
            }
            let start = i
            while i < n, isWordScalar(scalars[i]) { i += 1 }
            var raw = String.UnicodeScalarView()
            var key = String.UnicodeScalarView()
            for s in scalars[start..<i] {
                raw.append(s)
                if isPresentationForm(s) {
                    // NFKC maps presentation forms (ﻟﻴﺒﻴﺎ, ﻻ) to ordinary letters.
                    for c in String(s).precomposedStringWithCompatibilityMapping.unicodeScalars {
                        if let f = ArabicNormalizer.fold(c) { key.append(f) }
                    }
                } else if let f = ArabicNormalizer.fold(s) {
                    key.append(f)
                }
            }
            if key.isEmpty { continue }
            result.append(Token(text: String(raw), normalized: String(key), start: start, end: i))
        }
        return result
    }

    /// Arabic presentation forms A and B, which NFKC maps to ordinary letters.
    @inline(__always)
    static func isPresentationForm(_ s: Unicode.Scalar) -> Bool {
        (0xFB50...0xFDFF).contains(s.value) || (0xFE70...0xFEFC).contains(s.value)
    }

    /// Letters, digits, combining marks and tatweel belong to words.
    @inline(__always)
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s == "_" || s == "#" { return false }
        let p = s.properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return s.value == 0x0640
        }
    }
}

import Foundation

/// Folds Arabic spelling variation for matching: hamza forms on alef, alef maqsura, taa marbuta,
/// diacritics, tatweel, Eastern Arabic digits and presentation forms (NFKC). Used for search
/// keys and name comparison, never for display.
public enum ArabicNormalizer {
    /// The matching key of `text`.
    public static func normalize(_ text: String) -> String {
        // Fast path: ASCII and the plain Arabic letters, harakat and digits are unchanged by
        // NFKC and compose with nothing (U+0653–U+0655, which compose with alef, waw and yeh,
        // are left to the slow path), so folding them directly gives the same result.
        // Folding these never lengthens a scalar's encoding: the key is written straight into
        // a string of the text's length, or abandoned at the first scalar off the fast path.
        var fast = true
        let key = String(unsafeUninitializedCapacity: text.utf8.count) { out in
            var n = 0
            for scalar in text.unicodeScalars {
                let v = scalar.value
                guard v < 0x80 || (0x0621...0x0652).contains(v) || (0x0660...0x0669).contains(v) else {
                    fast = false
                    return 0
                }
                if let folded = fold(scalar) { n += Tokenizer.encode(folded, into: out, at: n) }
            }
            return n
        }
        if fast { return key }
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if let folded = fold(scalar) {
                out.append(folded)
            }
        }
        return String(out)
    }

    /// The folded form of one scalar, or nil when it is dropped (diacritics, tatweel).
    /// Does not apply NFKC; callers that start from raw text use `normalize`.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return "\u{0627}"   // آ أ إ ٱ → ا
        case 0x0649: return "\u{064A}"                                           // ى → ي
        case 0x0629: return "\u{0647}"                                           // ة → ه
        case 0x0640: return nil                                                  // tatweel
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: return nil                // harakat, superscript alef, Quranic marks
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)           // Arabic-Indic digits
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)           // Persian digits
        case 0x06A9: return "\u{0643}"                                           // Persian kaf → ك
        case 0x06CC: return "\u{064A}"                                           // Farsi yeh → ي
        case 0x0041...0x005A: return Unicode.Scalar(v + 0x20)                    // ASCII lower-case
        case 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF: return nil                  // joiners, marks, BOM
        default: return scalar
        }
    }

    /// Whether `scalar` is an Arabic diacritic or tatweel (dropped by `fold`).
    @inline(__always)
    public static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        fold(scalar) == nil
    }
}

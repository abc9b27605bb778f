import Foundation

/// What ingest removes or replaces in text before cleaning, so that words stay whole and no
/// markup reaches the reader (issue 22). It removes no word of the article:
/// - HTML markup in plain-text input: tags are removed (a block tag such as `<p>`, `<br>`,
///   `<div>`, `<h1>`, `<li>` becomes a line break, so paragraphs stay apart; an inline one such as
///   `<span>`, `<b>`, `<a>` disappears); comments and the content of `<script>` and `<style>`
///   (code, not article words) are removed. Only a `<` followed by a letter, `/` or `!` and closed
///   by `>` on the same line or within 1,000 characters counts as a tag, so `x < 5` stays.
/// - HTML character references (`&quot;`, `&amp;`, `&#1575;`, `&#x627;`, and the named ones in
///   `HTMLEntities`) become their characters, after the tags are gone.
/// - Invisible controls inside words are removed: ZWNJ/ZWJ (U+200C/D), zero-width space
///   (U+200B), word joiner (U+2060), BOM (U+FEFF), soft hyphen (U+00AD), and the bidi marks and
///   embeddings (U+200E/F, U+061C, U+202A–E, U+2066–9); «ال‌مقاومة» reads «المقاومة».
/// - Unusual spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) become a plain space.
/// - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) become the letters they draw
///   (Unicode compatibility normalisation, NFKC: ﻻ → لا).
public enum TextHygiene {
    /// `text` with the changes above; the same string when none applies.
    public static func clean(_ text: String) -> String {
        guard mayNeedWork(text), text.unicodeScalars.contains(where: needsWork) else { return text }
        let withoutTags = text.utf8.contains(UInt8(ascii: "<")) ? MarkupStripper.strip(text) : text
        var out = String.UnicodeScalarView()
        func emit(_ s: Unicode.Scalar) {
            if isInvisible(s) { return }
            if isUnusualSpace(s) { out.append(" "); return }
            if isPresentationForm(s) {
                out.append(contentsOf: String(s).precomposedStringWithCompatibilityMapping.unicodeScalars)
                return
            }
            out.append(s)
        }
        let scalars = Array(withoutTags.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = HTMLEntities.decode(scalars, at: i) {
                emit(decoded)
                i += length
            } else {
                emit(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// A title: cleaned as above, its lines joined by a space and trimmed.
    public static func title(_ title: String) -> String {
        let cleaned = clean(title)
        guard cleaned.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) || cleaned != title else { return title }
        return cleaned.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// A byte prefilter for `needsWork`: `<`, `&`, or the lead byte of a scalar it may touch
    /// (U+0080–U+00FF, U+061C, U+2000–U+2FFF, U+3000, U+F000–U+FFFF).
    static func mayNeedWork(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "<"), UInt8(ascii: "&"), 0xC2, 0xE2, 0xE3, 0xEF: return true
            case 0x9C where previous == 0xD8: return true
            default: previous = b
            }
        }
        return false
    }

    static func needsWork(_ s: Unicode.Scalar) -> Bool {
        s == "<" || s == "&" || (s.value >= 0xA0 && (isInvisible(s) || isUnusualSpace(s) || isPresentationForm(s)))
    }

    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    static func isUnusualSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func isPresentationForm(_ s: Unicode.Scalar) -> Bool {
        (0xFB50...0xFDFF).contains(s.value) || (0xFE70...0xFEFC).contains(s.value)
    }
}

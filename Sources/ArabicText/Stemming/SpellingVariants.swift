import Foundation

/// Known spelling variants of loanwords and foreign names, folded to one form on stems.
///
/// Sources: the seed corpus itself (000 writes ترمب and الأميركية, 002 writes الأمريكية,
/// 003 writes أفريقيا and إفريقيا); the press-wide split between ترامب (most outlets) and ترمب
/// (Al Jazeera, Asharq Al-Awsat), أميركا (Al Jazeera, BBC Arabic) and أمريكا (most others);
/// Egyptian month spellings يونيه/يوليه beside يونيو/يوليو; أوربا beside أوروبا; and the
/// ج/غ renderings of English g (كونغرس/كونجرس, إنجلترا/إنكلترا); hamza seats that writers
/// often drop or move (فائز/فايز, مسؤول/مسئول, شؤون/شئون — the ئ spellings are Egyptian usage).
public enum SpellingVariants {
    /// Hamza seats folded to their bare letter on stems (ئ → ي, ؤ → و).
    public static let hamzaSeats: [Unicode.Scalar: Unicode.Scalar] = ["\u{0626}": "\u{064A}", "\u{0624}": "\u{0648}"]

    /// (variant, canonical) substrings over normalised stems; the variant is replaced wherever
    /// it occurs in a stem. Longer variants first.
    public static let substitutions: [(variant: String, canonical: String)] = [
        ("امريك", "اميرك"),
        ("مسيول", "مسوول"),
        ("شيون", "شوون"),
        ("ترامب", "ترمب"),
        ("اوربا", "اوروبا"),
        ("اوربي", "اوروبي"),
        ("كونجرس", "كونغرس"),
        ("انكلتر", "انجلتر"),
        ("يونيه", "يونيو"),
        ("يوليه", "يوليو"),
        ("بوتن", "بوتين"),
        ("كلنتون", "كلينتون"),
        // Country names spelt two ways in the Arab press (the ج/غ rendering of g, a long vowel
        // written or not): Wikipedia's Arabic titles beside the spellings of Gulf and Levant papers.
        ("هولاندا", "هولندا"),
        ("اوستراليا", "استراليا"),
        ("موريطانيا", "موريتانيا"),
        ("كازخستان", "كازاخستان"),
        ("بنجلاديش", "بنغلاديش"),
        ("انجولا", "انغولا"),
        ("جواتيمالا", "غواتيمالا"),
        ("جوانتانامو", "غوانتانامو"),
        ("نروج", "نرويج"),
    ]

    /// Whole words spelt another way whose ending a suffix rule would otherwise cut first
    /// (يونيه would lose its يه before the substitution saw it).
    public static let wholeWords: [String: String] = ["يونيه": "يونيو", "يوليه": "يوليو"]

    /// Bare words (without the article) that spell a country another way, and that country's
    /// usual spelling: سورية is how Syria's own press writes سوريا. With the article the word is
    /// the adjective (السورية, "Syrian"), so only the bare form is mapped, and a document's bare
    /// سورية is also indexed as the adjective (see `WordAnalyzer`).
    public static let bareWords: [String: String] = [
        "سوريه": "سوريا",
    ]

    /// `stem` with hamza seats folded and every known variant replaced by its canonical spelling.
    /// Called for every token indexed and every query word, so the common case (nothing to
    /// fold) only compares bytes and allocates nothing.
    public static func fold(_ stem: String) -> String {
        var result = stem
        // ئ is D8 A6 and ؤ D8 A4 in UTF-8.
        var hasSeat = false
        result.withUTF8 { bytes in
            var i = 0
            while i + 1 < bytes.count {
                if bytes[i] == 0xD8, bytes[i + 1] == 0xA6 || bytes[i + 1] == 0xA4 { hasSeat = true; return }
                i += 1
            }
        }
        if hasSeat {
            var view = String.UnicodeScalarView()
            for scalar in stem.unicodeScalars { view.append(hamzaSeats[scalar] ?? scalar) }
            result = String(view)
        }
        for (k, variant) in substitutionBytes.enumerated() where containsBytes(&result, variant) {
            result = result.replacingOccurrences(of: substitutions[k].variant, with: substitutions[k].canonical)
        }
        return result
    }

    /// The UTF-8 bytes of each substitution's variant.
    private static let substitutionBytes: [[UInt8]] = substitutions.map { Array($0.variant.utf8) }

    /// Whether `needle` occurs in `text`'s UTF-8 bytes (a direct scan over contiguous storage).
    static func containsBytes(_ text: inout String, _ needle: [UInt8]) -> Bool {
        text.withUTF8 { bytes in
            guard needle.count <= bytes.count, let first = needle.first else { return needle.isEmpty }
            var i = 0
            let last = bytes.count - needle.count
            outer: while i <= last {
                if bytes[i] == first {
                    for j in 1..<needle.count where bytes[i + j] != needle[j] { i += 1; continue outer }
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// The other spellings of a normalised name or fragment under `substitutions`, `wholeWords`
    /// and `bareWords`, each applied in either direction (أمريكية ↔ أميركية, سورية ↔ سوريا): for
    /// substring filters over names, which cannot fold stems.
    public static func alternatives(of text: String) -> [String] {
        var pairs = substitutions.map { ($0.variant, $0.canonical) }
        pairs += wholeWords.map { ($0.key, $0.value) }
        pairs += bareWords.map { ($0.key, $0.value) }
        var result: [String] = []
        for (variant, canonical) in pairs {
            for (from, to) in [(variant, canonical), (canonical, variant)] where containsBytes(text, from) {
                let other = text.replacingOccurrences(of: from, with: to)
                if other != text, !result.contains(other) { result.append(other) }
            }
        }
        return result
    }

    /// Whether `needle`'s UTF-8 bytes occur in `text`'s (stems are short: a direct scan).
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        let haystack = text.utf8, pattern = needle.utf8
        guard pattern.count <= haystack.count, let first = pattern.first else { return pattern.isEmpty }
        var start = haystack.startIndex
        while let found = haystack[start...].firstIndex(of: first) {
            if haystack[found...].starts(with: pattern) { return true }
            start = haystack.index(after: found)
        }
        return false
    }
}

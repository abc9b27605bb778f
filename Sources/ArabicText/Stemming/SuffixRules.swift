/// The suffix half of the search analyser: removes one group of suffixes from a word already
/// free of proclitics, by fixed rules that need no corpus, then folds spelling variants.
///
/// Rules (over normalised text, where ة is ه), each leaving at least
/// `WordAnalyzer.minimumStemLength` letters:
/// - feminine and pronoun endings go: ه (ة or "his"), ته تها تهم تهما تنا (ة + pronoun, not after
///   ا, where the ت is the plural's), ها هم هما, and نا but not after و or ي (كورونا);
///   plurals in ات go (حملات → حمل), also with a pronoun (اتها اتهم) but not اته, which also
///   ends names in ة (مصراتة must not become مصر);
/// - the nisba adjective keeps its ي: ية → ي and its plurals يون يين → ي, so الحوثيين, الحوثيون and
///   الحوثي meet while الخارجية (foreign ministry) stays apart from خارج (outside);
/// - the two cases of the sound masculine plural meet (ون → ين: المعتقلون, المعتقلين), without
///   being cut to the singular, which would turn البحرين into بحر or فلسطين into فلسط;
/// - the dual ان is left alone (لبنان، السودان، سلمان are names).
///
/// Sources: Larkey, Ballesteros & Connell, "Light Stemming for Arabic Information Retrieval"
/// (2007; the suffix list of light10), narrowed with the nisba and sound-plural rules of any
/// Arabic grammar (e.g. Ryding, "A Reference Grammar of Modern Standard Arabic", ch. 7 and 9).
public enum SuffixRules {
    /// The search key of a word without proclitics: one suffix group removed, variants folded.
    public static func key(_ word: String) -> String {
        SpellingVariants.fold(strip(SpellingVariants.wholeWords[word] ?? word))
    }

    /// `word` without one group of suffixes (no variant folding). Works on UTF-8 bytes (every
    /// Arabic letter is two): it runs for every distinct word indexed and every lexicon entry.
    public static func strip(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String? in
            let minimum = 2 * WordAnalyzer.minimumStemLength
            guard bytes.count > minimum, WordAnalyzer.isArabicWord(bytes) else { return nil }
            for rule in rules {
                let n = rule.suffix.count
                guard bytes.count - n >= minimum, endsWith(bytes, rule.suffix) else { continue }
                let before = UInt16(bytes[bytes.count - n - 2]) << 8 | UInt16(bytes[bytes.count - n - 1])
                if rule.notAfter.contains(before) { continue }
                var out = [UInt8](bytes[..<(bytes.count - n)])
                out.append(contentsOf: rule.replacement)
                return String(decoding: out, as: UTF8.self)
            }
            return nil
        } ?? word
    }

    @inline(__always)
    static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        let start = bytes.count - suffix.count
        for i in suffix.indices where bytes[start + i] != suffix[i] { return false }
        return true
    }

    /// One ending and what replaces it, as UTF-8 bytes.
    struct Rule {
        let suffix: [UInt8]
        let replacement: [UInt8]
        /// Letters (their two UTF-8 bytes) after which the ending is not one.
        let notAfter: [UInt16]

        init(_ suffix: String, _ replacement: String = "", notAfter: String = "") {
            self.suffix = Array(suffix.utf8)
            self.replacement = Array(replacement.utf8)
            self.notAfter = notAfter.unicodeScalars.map { s in
                let b = Array(String(s).utf8)
                return UInt16(b[0]) << 8 | UInt16(b[1])
            }
        }
    }

    /// The rules, longest ending first (the first that fits is applied).
    /// After ا a ت is the plural's (ات), not the ة's; after و or ي نا ends names (كورونا،
    /// فيينا) far more often than it is "our" (بلادنا keeps its rule).
    static let rules: [Rule] = [
        Rule("اتهما"), Rule("تهما", notAfter: "ا"), Rule("اتها"), Rule("اتهم"),
        Rule("تها", notAfter: "ا"), Rule("تهم", notAfter: "ا"), Rule("تنا", notAfter: "ا"),
        Rule("يين", "ي"), Rule("يون", "ي"), Rule("هما"),
        Rule("ته", notAfter: "ا"),
        Rule("يه", "ي"), Rule("ون", "ين"),
        Rule("ات"), Rule("ها"), Rule("هم"), Rule("نا", notAfter: "وي"),
        Rule("ه"),
    ]
}

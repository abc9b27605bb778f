/// A light stemmer for Arabic search keys: strips the article, attached prepositions and
/// conjunctions, and suffixes of number, gender and possession (see `ArabicAffixes`).
///
/// It improves on Larkey's light10 (Lucene's `ArabicStemmer`) in four ways: prepositions ب ل ك
/// are clitics (بليبيا → ليبيا, لداعش → داعش); لل may be ل + a word starting with ل
/// (لليبيا → ليبيا, not يبيا); at most one suffix group is removed (الولايات → ولاي, not ولا);
/// and the ambiguous strips are checked against a lexicon of word frequencies when one is given:
/// a lone prefix letter is removed only when the rest is a word at least as frequent as the whole
/// (وزارة stays, وليبيا → ليبيا), a number suffix only when the stem occurs in another form
/// (فلسطين stays, الفلسطينية → فلسطين). Without a lexicon only the article chains are removed
/// from the front.
public enum ArabicStemmer {
    /// How often a normalised word occurs in the corpus (0 when unknown).
    public typealias Frequency = (String) -> Int

    /// The stem of an already-normalised word, without corpus evidence (conservative).
    public static func stem(_ normalized: String) -> String {
        stem(normalized, frequency: nil)
    }

    /// The stem of an already-normalised word, using `frequency` to settle ambiguous strips.
    public static func stem(_ normalized: String, frequency: Frequency?) -> String {
        let bare = stripClitics(normalized, frequency: frequency)
        return SpellingVariants.fold(stripSuffix(bare, frequency: frequency))
    }

    /// The word without its proclitics (conjunction, preposition, article).
    public static func stripClitics(_ normalized: String, frequency: Frequency?) -> String {
        let letters = Array(normalized.unicodeScalars)
        guard letters.count > ArabicAffixes.minimumStemLength, letters.allSatisfy(isArabicLetter) else {
            return normalized
        }
        var fallback: String?
        for prefix in ArabicAffixes.prefixes {
            let p = Array(prefix.form.unicodeScalars)
            guard letters.count - p.count >= ArabicAffixes.minimumStemLength, letters.starts(with: p) else { continue }
            let rest = string(letters[p.count...])
            if let frequency {
                let restCount = frequency(rest) + frequency(ArabicAffixes.article + rest)
                if prefix.hasArticle {
                    if restCount > 0 { return rest }
                } else if restCount > 0 && restCount >= frequency(normalized) {
                    return rest
                }
            }
            if prefix.hasArticle && fallback == nil { fallback = rest }
        }
        return fallback ?? normalized
    }

    /// The word without one group of suffixes; `normalized` should already be free of clitics.
    public static func stripSuffix(_ normalized: String, frequency: Frequency?) -> String {
        let letters = Array(normalized.unicodeScalars)
        guard letters.allSatisfy(isArabicLetter) else { return normalized }
        let minimum = ArabicAffixes.minimumStemLength
        for (suffix, needsEvidence) in suffixCandidates {
            guard letters.count - suffix.count >= minimum, letters.reversed().starts(with: suffix.reversed()) else { continue }
            if !needsEvidence, suffix.first == "ت", letters[letters.count - suffix.count - 1] == "ا" { continue }
            let stem = string(letters[..<(letters.count - suffix.count)])
            if needsEvidence, let frequency, !isAttested(stem, besides: normalized, frequency: frequency) {
                continue
            }
            return stem
        }
        return normalized
    }

    /// Every suffix, longest first, with whether removing it needs corpus evidence.
    private static let suffixCandidates: [(suffix: [Unicode.Scalar], needsEvidence: Bool)] = {
        let plain = (ArabicAffixes.feminineSuffixes + ArabicAffixes.pronounSuffixes).map { (Array($0.unicodeScalars), false) }
        let number = ArabicAffixes.numberSuffixes.map { (Array($0.unicodeScalars), true) }
        return (plain + number).sorted { $0.0.count > $1.0.count }
    }()

    /// Whether some other inflection of `stem` than `word` occurs in the corpus.
    static func isAttested(_ stem: String, besides word: String, frequency: Frequency) -> Bool {
        let endings = [""] + ArabicAffixes.numberSuffixes + ["ه"]
        for ending in endings {
            let form = stem + ending
            if form != word, frequency(form) + frequency(ArabicAffixes.article + form) > 0 { return true }
        }
        return false
    }

    /// Arabic letters proper (no digits, Latin or marks): only these are stemmed.
    @inline(__always)
    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        (0x0621...0x064A).contains(s.value)
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }
}

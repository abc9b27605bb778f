/// The search analyser: the keys under which a document word is indexed and the one key a query
/// word looks up. The analysis depends on the word alone (and the fixed lexicon), never on the
/// corpus, so a document gets the same keys whatever else is loaded.
///
/// Approach: candidate segmentations checked against a stem lexicon. A word is split into
/// proclitics (conjunction و ف, preposition ب ك ل, article ال; لل is ل + ال) and a rest in every
/// way the chain grammar allows; each rest gets its suffix key (`SuffixRules`).
/// - A word whose whole key is in the lexicon (`StemLexicon`, from the Ayaspell dictionary) keeps
///   its first letter: وزارة، فلسطين، بريطانيا، كمال are not و/ف/ب/ك + something.
/// - Otherwise a reading the lexicon knows (ومصر → مصر, لليبيا → ليبيا) or the article's reading
///   (الحكومة → حكومة) is the word's key; failing both, the whole word is (بنيويورك).
/// - A document word is also indexed under the query key of every rest left by a clitic chain
///   without the article (بنيويورك → نيويورك, بكورونا → كورونا), so a query for a word finds it
///   behind any proclitic whether or not the lexicon knows it — the query itself is never cut
///   on a guess: كورونا looks up كورونا, not ورونا.
/// The hamza of إمام (imam) is kept apart from أمام (in front of): the article or a written إ
/// makes the noun, a bare امام is the preposition (`HamzaDistinctions`).
///
/// Sources: the proclitic chain and its order follow Buckwalter's morphological analyser
/// (prefix–stem–suffix segmentation with compatibility checks; BAMA 1.0, LDC2002L49) and the
/// multiple-segmentation indexing of Darwish & Oard / Lee et al. for Arabic IR; the light
/// suffixes Larkey et al.'s light10 (see `SuffixRules`).
public enum WordAnalyzer {
    /// The shortest rest, in letters, a proclitic or suffix strip may leave.
    public static let minimumStemLength = 3

    /// The key a query word (normalised, see `HamzaDistinctions.searchForm`) looks up.
    public static func queryKey(_ word: String, lexicon: StemLexicon = .shared) -> String {
        analyse(word, lexicon).query
    }

    /// The keys a document word is indexed under: the query key first, then the others.
    public static func documentKeys(_ word: String, lexicon: StemLexicon = .shared) -> [String] {
        let a = analyse(word, lexicon)
        return [a.query] + a.others
    }

    /// Arabic letters proper (with the kept إ): only words made of these are analysed.
    @inline(__always)
    public static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        (0x0621...0x064A).contains(s.value)
    }

    /// Whether UTF-8 `bytes` are Arabic letters only (U+0621–U+064A: D8 A1…BF or D9 80…8A).
    @inline(__always)
    static func isArabicWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count % 2 == 0 else { return false }
        var i = 0
        while i < bytes.count {
            let lead = bytes[i], next = bytes[i + 1]
            guard (lead == 0xD8 && next >= 0xA1 && next <= 0xBF) || (lead == 0xD9 && next >= 0x80 && next <= 0x8A) else {
                return false
            }
            i += 2
        }
        return true
    }

    static func analyse(_ word: String, _ lexicon: StemLexicon) -> (query: String, others: [String]) {
        let letters = Array(word.unicodeScalars)
        guard letters.count > minimumStemLength, letters.allSatisfy(isArabicLetter) else {
            return (wholeKey(word).key, [])
        }
        let whole = wholeKey(word)
        var article: String?
        var rests: [String] = []
        for prefix in ArabicAffixes.prefixes where letters.count - prefix.letters.count >= minimumStemLength
            && letters.starts(with: prefix.letters) {
            let rest = string(letters[prefix.letters.count...])
            if prefix.hasArticle {
                if article == nil { article = articleKey(rest) }
            } else {
                rests.append(queryKey(rest, lexicon: lexicon))
            }
        }
        // A word the lexicon knows is itself (its first letter its own), unless it opens with
        // the article: the dictionary also lists forms with ال (ألقوا gives القو).
        if article == nil, lexicon.contains(whole.key) { return (whole.key, whole.alternate.map { [$0] } ?? []) }
        // The longest chain first in `prefixes`; the shortest strip is the likelier reading.
        rests.reverse()
        let known: String?
        if let article, lexicon.contains(article) {
            known = article
        } else {
            known = rests.first(where: lexicon.contains)
        }
        let query = known ?? article ?? whole.key
        var others: [String] = []
        func add(_ key: String) {
            if key != query, !others.contains(key) { others.append(key) }
        }
        if known == nil {
            if let article { add(article) } else { add(whole.key) }
            if article == nil, let alternate = whole.alternate { add(alternate) }
        }
        rests.forEach(add)
        return (query, others)
    }

    /// The key of a word taken whole (no proclitic removed), and a second reading when the
    /// word is a bare spelling variant with two meanings (سورية: the country or "Syrian").
    static func wholeKey(_ word: String) -> (key: String, alternate: String?) {
        if let country = SpellingVariants.bareWords[word] {
            return (SuffixRules.key(country), SuffixRules.key(word))
        }
        return (SuffixRules.key(word), nil)
    }

    /// The key of what follows the article: a noun, so امام is the imam.
    static func articleKey(_ rest: String) -> String {
        SuffixRules.key(HamzaDistinctions.nounAfterArticle(rest))
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }
}

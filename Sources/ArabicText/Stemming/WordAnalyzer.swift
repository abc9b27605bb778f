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
///   (الحكومة → حكومة) is the word's key; failing both, what the shortest clitic chain leaves
///   when it has four letters or more (بنغازي → نغازي, so لبنغازي and بنغازي meet), else the
///   whole word.
/// - A document word is also indexed under the key of every rest left by a clitic chain
///   without the article (بنيويورك → نيويورك, بكورونا → كورونا), so a query for a word finds it
///   behind any proclitic whether or not the lexicon knows it.
/// - ب and ك attach to nouns only, so a rest the lexicon knows only as a verb is no reading
///   under them (كيري is not ك + يرى): Buckwalter's prefix–stem compatibility, in small.
/// A nisba adjective of a country is also indexed under the country (`PlaceAdjectives`), so
/// مصر finds المصرية after the articles that name مصر; the adjective's own query stays narrow.
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

    /// The key a query word (normalised, see `HamzaDistinctions.searchForm`) looks up first.
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

    /// One word's analysis: the query key and the document's other keys.
    struct Analysis {
        var query: String
        var others: [String] = []
    }

    /// The shortest rest, in letters, that keys a word the lexicon does not know.
    static let minimumGuessLength = 4

    static func analyse(_ word: String, _ lexicon: StemLexicon) -> Analysis {
        // A hamza kept after clitic letters (`HamzaDistinctions.searchForm`) marks where the
        // word proper begins: بأبها is ب + أبها, never باب + ها.
        if let rest = HamzaDistinctions.restAfterMarkedClitics(word, minimumLength: minimumStemLength) {
            return analyse(rest, lexicon)
        }
        let word = HamzaDistinctions.foldingMarks(word)
        let letters = Array(word.unicodeScalars)
        guard letters.count > minimumStemLength, letters.allSatisfy(isArabicLetter) else {
            return withPlace(Analysis(query: wholeKey(word).key))
        }
        let whole = wholeKey(word)
        var article: String?
        var rests: [(key: String, letters: Int)] = []
        for prefix in ArabicAffixes.prefixes where letters.count - prefix.letters.count >= minimumStemLength
            && letters.starts(with: prefix.letters) {
            let rest = string(letters[prefix.letters.count...])
            if prefix.hasArticle {
                if article == nil { article = articleKey(rest) }
                continue
            }
            let key = queryKey(rest, lexicon: lexicon)
            // ب and ك govern nouns: a rest known only as a verb is no reading (كيري ≠ ك + يرى).
            if prefix.governsNoun, lexicon.isVerbOnly(key) { continue }
            rests.append((key, letters.count - prefix.letters.count))
        }
        if isKnownWhole(word, whole.key, article: article, lexicon) {
            return withPlace(Analysis(query: whole.key, others: whole.alternate.map { [$0] } ?? []))
        }
        // `prefixes` lists the longest chain first; the shortest strip is the likelier reading.
        rests.reverse()
        let known: String?
        if let article, lexicon.contains(article) {
            known = article
        } else {
            known = rests.first { lexicon.contains($0.key) }?.key
        }
        // A word the lexicon does not know that opens with clitic letters is keyed by what the
        // shortest chain leaves, when that is long enough to be a name (بنغازي → نغازي): then
        // لبنغازي, وبنغازي and بنغازي share it, and no reading is counted twice.
        let guess = rests.first { $0.letters >= minimumGuessLength }?.key
        var result = Analysis(query: known ?? article ?? guess ?? whole.key)
        func add(_ key: String) {
            if key != result.query, !result.others.contains(key) { result.others.append(key) }
        }
        if known == nil, article == nil, let alternate = whole.alternate { add(alternate) }
        rests.forEach { add($0.key) }
        return withPlace(result)
    }

    /// Whether the word is itself a dictionary word, its first letters its own. A word opening
    /// with ال is when the dictionary lists it as written and does not know what follows the
    /// article (ألمانيا; but السنة is ال + سنة). Another word is when the dictionary lists it, or
    /// its key with a suffix removed, unless that suffix is a bare ه (ة) after a letter other
    /// than the nisba's ي: لغزة is ل + غزة, not لغز + ة, and وجدة is و + جدة; ليبية is ليبي + ة.
    static func isKnownWhole(_ word: String, _ key: String, article: String?, _ lexicon: StemLexicon) -> Bool {
        if let article { return !lexicon.contains(article) && lexicon.containsWord(word) }
        if lexicon.containsWord(word) { return true }
        // A nisba's ة (ليبية → ليبي) is no doubt: only a ة after another letter is.
        let onlyTaaMarbuta = word.utf8.count == key.utf8.count + 2 && word.hasSuffix("ه") && !key.hasSuffix("ي")
        return !onlyTaaMarbuta && lexicon.contains(key)
    }

    /// `analysis` with the place of a nisba adjective as a further document key (المصرية → مصر).
    static func withPlace(_ analysis: Analysis) -> Analysis {
        guard let place = PlaceAdjectives.placeOfAdjective[analysis.query], !analysis.others.contains(place) else {
            return analysis
        }
        var result = analysis
        result.others.append(place)
        return result
    }

    /// The key of a word taken whole (no proclitic removed), and a second reading when the
    /// word is a bare spelling variant with two meanings (سورية: the country or "Syrian").
    static func wholeKey(_ word: String) -> (key: String, alternate: String?) {
        if let country = SpellingVariants.bareWords[word] {
            return (SuffixRules.key(country), SuffixRules.key(word))
        }
        return (key(word), nil)
    }

    /// The key of what follows the article: a noun, so امام is the imam.
    static func articleKey(_ rest: String) -> String {
        key(HamzaDistinctions.nounAfterArticle(rest))
    }

    /// The suffix key of a word free of proclitics, except that a final ه (ة) is kept when
    /// removing it would leave the name of a place or group (قطرة "drop" is not قطر, حماسة
    /// "zeal" is not حماس).
    static func key(_ word: String) -> String {
        let stripped = SuffixRules.key(word)
        if word.utf8.count == stripped.utf8.count + 2, word.hasSuffix("ه"), PlaceAdjectives.names.contains(stripped) {
            return SpellingVariants.fold(word)
        }
        return stripped
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }
}

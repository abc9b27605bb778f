/// Words that `ArabicNormalizer` folds together but a written hamza tells apart: إمام (imam,
/// prayer leader) and أمام (in front of) both normalise to امام. Search keeps إ in such words
/// (`searchForm`), and reads امام after the article as the noun: the preposition never takes
/// ال, so الإمام، الامام and إمام are the imam and a bare أمام or امام the preposition.
///
/// Source: any Arabic dictionary (e.g. Hans Wehr: إمام "leader, imam"; أمام "in front of");
/// the list is kept to the pair whose confusion the seeds showed (issue 19).
public enum HamzaDistinctions {
    /// Normalised spellings whose noun reading is written with إ: (folded, noun).
    public static let nouns: [String: String] = ["امام": "إمام"]
    private static let hamzaBelow: Unicode.Scalar = "\u{0625}"

    /// The search form of a word: its normalised key, with إ put back where it tells one of
    /// `nouns` apart, and with أ put back where a hamza on alef follows clitic letters (بأبها,
    /// وإيران): no word has a hamza there, so it marks where the word proper begins
    /// (`raw` is the word as written, `normalized` its `ArabicNormalizer` key).
    public static func searchForm(raw: some Collection<Unicode.Scalar>, normalized: String) -> String {
        guard raw.contains(where: { $0 == hamzaBelow || $0 == hamzaAbove || $0 == madda }) else { return normalized }
        let form = markingNouns(raw: raw, normalized: normalized)
        return markingClitics(raw: raw, form: form)
    }

    private static let hamzaAbove: Unicode.Scalar = "\u{0623}", madda: Unicode.Scalar = "\u{0622}"
    private static let alef: Unicode.Scalar = "\u{0627}"

    /// Clitic chains that may stand before a word (bare, without the article).
    private static let chains: [[Unicode.Scalar]] = ArabicAffixes.prefixes.filter { !$0.hasArticle }.map(\.letters)

    /// `form` with أ at the letter after a clitic chain when the raw word has a hamza on alef there.
    private static func markingClitics(raw: some Collection<Unicode.Scalar>, form: String) -> String {
        let letters = raw.filter { ArabicNormalizer.fold($0) != nil }
        var scalars = Array(form.unicodeScalars)
        guard letters.count == scalars.count else { return form }
        for chain in chains where letters.count > chain.count && scalars.starts(with: chain) {
            let hamza = letters[letters.index(letters.startIndex, offsetBy: chain.count)]
            guard hamza == hamzaAbove || hamza == hamzaBelow || hamza == madda else { continue }
            if scalars[chain.count] == alef { scalars[chain.count] = hamzaAbove }
            return String(String.UnicodeScalarView(scalars))
        }
        return form
    }

    /// What follows a clitic chain marked by `searchForm` (its أ folded, an إ of `nouns` kept),
    /// when at least `minimumLength` letters; nil when `word` has no such mark.
    static func restAfterMarkedClitics(_ word: String, minimumLength: Int) -> String? {
        let scalars = Array(word.unicodeScalars)
        for chain in chains where scalars.count - chain.count >= minimumLength && scalars.starts(with: chain) {
            let first = scalars[chain.count]
            guard first == hamzaAbove || first == hamzaBelow else { continue }
            var rest = Array(scalars[chain.count...])
            if first == hamzaAbove { rest[0] = alef }
            return String(String.UnicodeScalarView(rest))
        }
        return nil
    }

    /// `word` with the clitic mark أ folded back to ا (when too short to split).
    static func foldingMarks(_ word: String) -> String {
        guard word.unicodeScalars.contains(hamzaAbove) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == hamzaAbove ? alef : $0 }))
    }

    /// `normalized` with إ put back in the nouns of `nouns`.
    private static func markingNouns(raw: some Collection<Unicode.Scalar>, normalized: String) -> String {
        guard raw.contains(hamzaBelow) else { return normalized }
        for (folded, noun) in nouns where SpellingVariants.containsBytes(normalized, folded) {
            // The noun's إ must be the word's own (not another إ elsewhere in it).
            let rawText = String(String.UnicodeScalarView(raw.filter { ArabicNormalizer.fold($0) != nil || $0 == hamzaBelow }))
            guard SpellingVariants.containsBytes(rawText, noun) else { continue }
            return replacingFirst(folded, with: noun, in: normalized)
        }
        return normalized
    }

    /// The search form of a word typed in a query.
    public static func searchForm(_ raw: String) -> String {
        searchForm(raw: raw.unicodeScalars, normalized: ArabicNormalizer.normalize(raw))
    }

    /// The noun reading of what follows the article (`امام` → `إمام`), else `rest` itself.
    static func nounAfterArticle(_ rest: String) -> String {
        nouns[rest] ?? rest
    }

    private static func replacingFirst(_ target: String, with replacement: String, in text: String) -> String {
        guard let range = text.range(of: target) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }
}

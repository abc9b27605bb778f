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
    /// `nouns` apart (`raw` is the word as written, `normalized` its `ArabicNormalizer` key).
    public static func searchForm(raw: some Collection<Unicode.Scalar>, normalized: String) -> String {
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

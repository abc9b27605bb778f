/// A light stemmer for Arabic search keys: strips the article, attached prepositions and
/// conjunctions, and suffixes of number, gender and possession. (First stub.)
public enum ArabicStemmer {
    /// The stem of an already-normalised word.
    public static func stem(_ normalized: String) -> String {
        normalized
    }
}

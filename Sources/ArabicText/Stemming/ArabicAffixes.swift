/// The proclitics the search analyser (`WordAnalyzer`) recognises, as named data over
/// normalised text (after `ArabicNormalizer`: hamza forms of alef are ا).
///
/// Sources: Larkey, Ballesteros & Connell, "Light Stemming for Arabic Information Retrieval"
/// (light10's prefixes ال وال بال كال فال لل و), extended with the prepositions ب ل ك and the
/// conjunction ف alone, following the proclitic chain of any Arabic grammar (conjunction +
/// preposition + article) and of Buckwalter's analyser's prefix table.
public enum ArabicAffixes {
    /// Conjunctions that may open a word: "and", "then".
    public static let conjunctions: [String] = ["و", "ف"]
    /// Prepositions that attach to the next word: "with/in", "like", "for/to".
    public static let prepositions: [String] = ["ب", "ك", "ل"]
    /// The definite article.
    public static let article = "ال"
    /// ل + ال, written with the alef of the article dropped.
    public static let lamArticle = "لل"

    /// Every proclitic chain (conjunction? preposition? article?), longest first.
    public static let prefixes: [CliticPrefix] = {
        var result: [CliticPrefix] = []
        for conjunction in [""] + conjunctions {
            for preposition in [""] + prepositions {
                let articleForm = preposition == "ل" ? lamArticle : preposition + article
                result.append(CliticPrefix(form: conjunction + articleForm, hasArticle: true))
                let bare = conjunction + preposition
                if !bare.isEmpty {
                    result.append(CliticPrefix(form: bare, hasArticle: false))
                }
            }
        }
        return result.sorted { $0.form.unicodeScalars.count > $1.form.unicodeScalars.count }
    }()
}

/// One chain of proclitics, e.g. `وبال` = و + ب + ال.
public struct CliticPrefix: Sendable, Hashable {
    /// The normalised letters of the chain.
    public let form: String
    /// Whether the chain ends in the definite article.
    public let hasArticle: Bool
    /// The letters of `form`.
    public let letters: [Unicode.Scalar]
    /// Whether the chain holds the preposition ب or ك, which only nouns follow.
    public let governsNoun: Bool

    /// A chain with its letters and whether it carries the article.
    public init(form: String, hasArticle: Bool) {
        self.form = form
        self.hasArticle = hasArticle
        self.letters = Array(form.unicodeScalars)
        self.governsNoun = letters.contains("ب") || letters.contains("ك")
    }
}

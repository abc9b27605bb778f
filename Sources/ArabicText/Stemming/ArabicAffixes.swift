/// The clitics and suffixes the light stemmer removes, as named data over normalised text
/// (after `ArabicNormalizer`: ة is ه, ى is ي, hamza forms of alef are ا).
///
/// Sources: Larkey, Ballesteros & Connell, "Light Stemming for Arabic Information Retrieval"
/// (light10: prefixes ال وال بال كال فال لل و, suffixes ها ان ات ون ين يه ية ه ة ي) and Lucene's
/// `ArabicStemmer` which implements it; extended here with the prepositions ب ل ك and the
/// conjunction ف alone, the ة + pronoun forms (ته تها تهم) and the nisba plurals (يين يون),
/// following any Arabic grammar's account of proclitics (conjunction + preposition + article).
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

    /// Suffixes of taa marbuta, alone or before a possessive pronoun (حملة، حملته، حملتها).
    /// Those beginning with ت do not apply after ا, where the ت belongs to the plural ات.
    public static let feminineSuffixes: [String] = ["تهما", "تها", "تهم", "تنا", "ته", "ه"]
    /// Possessive and object pronouns (سفيرها، قواتهم، دوره).
    public static let pronounSuffixes: [String] = ["هما", "ها", "هم", "نا"]
    /// Suffixes of number and relation (nisba): duals, plurals, the adjective -ي/-ية.
    /// Stripped only when the stem is attested in another form, because many names end in them
    /// (لبنان، فلسطين، بنغازي).
    /// Plurals in ات may carry a pronoun (سلطاتها). (No يات: الولايات would lose its ي.)
    public static let numberSuffixes: [String] = ["اتها", "اتهم", "اته", "يين", "يون", "ات", "ان", "ين", "ون", "يه", "ي"]

    /// The shortest stem, in letters, any strip may leave.
    public static let minimumStemLength = 3
}

/// One chain of proclitics, e.g. `وبال` = و + ب + ال.
public struct CliticPrefix: Sendable, Hashable {
    /// The normalised letters of the chain.
    public var form: String
    /// Whether the chain ends in the definite article.
    public var hasArticle: Bool

    /// A chain with its letters and whether it carries the article.
    public init(form: String, hasArticle: Bool) {
        self.form = form
        self.hasArticle = hasArticle
    }
}

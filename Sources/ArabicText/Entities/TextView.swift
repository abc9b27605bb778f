/// A text split into words, with what the entity rules ask of each word: its normalised key,
/// the forms left after stripping attached clitics, and whether punctuation follows it.
struct TextView {
    /// One reading of a word: the key after stripping `skip` leading letters (a clitic).
    struct Form {
        /// Normalised key of the remaining word (`لدمشق` → `دمشق`; `للولايات` → `الولايات`).
        var key: String
        /// Scalars of the raw word before the remaining part.
        var skip: Int
        /// Whether the reading restores an article merged into `لل` (`للولايات` → `الولايات`).
        var restoresArticle = false
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Readings of each token: the whole word first, then clitic-stripped forms.
    let forms: [[Form]]
    /// Whether anything but spaces separates token `i` from token `i + 1`.
    let breakAfter: [Bool]

    /// Clitic prefixes, longest first (conjunctions, prepositions, and their combinations).
    /// Source: standard Arabic grammar (proclitics و ف ب ل ك).
    static let proclitics = ["وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
                             "وب", "ول", "فب", "فل", "وك", "لل", "و", "ف", "ب", "ل", "ك"]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens = Tokenizer.tokens(in: scalars)
        var forms: [[Form]] = []
        forms.reserveCapacity(tokens.count)
        for token in tokens {
            forms.append(TextView.readings(of: token, in: scalars))
        }
        self.forms = forms
        var breaks: [Bool] = []
        breaks.reserveCapacity(tokens.count)
        for i in tokens.indices {
            guard i + 1 < tokens.count else { breaks.append(true); break }
            let gap = scalars[tokens[i].end..<tokens[i + 1].start]
            breaks.append(!gap.allSatisfy(FunctionWords.isSpace))
        }
        self.breakAfter = breaks
    }

    /// What each clitic strips: letters dropped from the key, and whether `ا` is restored.
    private struct Clitic {
        let prefix: String
        let letters: Int
        let restoresArticle: Bool
    }

    /// `proclitics` with what each strips, worked out once.
    private static let clitics: [Clitic] = proclitics.map { prefix in
        // `بال`، `لل`: the article stays with the word (`بالامارات` → `الامارات`).
        let keepsArticle = prefix.hasSuffix("ال") || prefix.hasSuffix("لل")
        let letters = keepsArticle ? prefix.count - (prefix.hasSuffix("ال") ? 2 : 1) : prefix.count
        return Clitic(prefix: prefix, letters: letters, restoresArticle: prefix.hasSuffix("لل"))
    }

    /// The keys left after each attached clitic of a normalised word (no raw offsets: cheaper
    /// than `readings`, same keys in the same order).
    static func readingKeys(of key: String) -> [String] {
        var result: [String] = []
        for clitic in clitics where KeyAffixes.hasPrefix(key, clitic.prefix) {
            var rest = String(key.dropFirst(clitic.letters))
            if clitic.restoresArticle { rest = "ا" + rest }
            guard rest.count >= 3 else { continue }
            result.append(rest)
        }
        return result
    }

    static func readings(of token: Token, in scalars: [Unicode.Scalar]) -> [Form] {
        let key = token.normalized
        var result = [Form(key: key, skip: 0)]
        for clitic in clitics where KeyAffixes.hasPrefix(key, clitic.prefix) {
            var rest = String(key.dropFirst(clitic.letters))
            if clitic.restoresArticle { rest = "ا" + rest }
            guard rest.count >= 3 else { continue }
            result.append(Form(key: rest, skip: rawSkip(clitic.letters, in: scalars[token.start..<token.end]),
                               restoresArticle: clitic.restoresArticle))
        }
        return result
    }

    /// Raw scalars covering the first `letters` letters and any marks after them.
    static func rawSkip(_ letters: Int, in raw: ArraySlice<Unicode.Scalar>) -> Int {
        var seen = 0
        var i = raw.startIndex
        while i < raw.endIndex, seen < letters {
            if ArabicNormalizer.fold(raw[i]) != nil { seen += 1 }
            i += 1
        }
        while i < raw.endIndex, ArabicNormalizer.isIgnorable(raw[i]) { i += 1 }
        return i - raw.startIndex
    }

    /// The raw text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// The name of a mention starting at token `first` read as `form` and ending with token
    /// `last`, when it differs from the covered text (an article restored from `لل`).
    func name(_ first: Int, _ form: Form, through last: Int) -> String? {
        guard form.restoresArticle else { return nil }
        return "ا" + text(tokens[first].start + form.skip, tokens[last].end)
    }

    /// Whether tokens `i...j` follow each other with only spaces between.
    func isContiguous(_ i: Int, _ j: Int) -> Bool {
        guard i < j else { return true }
        for k in i..<j where breakAfter[k] { return false }
        return true
    }

    /// The first reading of token `i` accepted by `match`.
    func form(_ i: Int, where match: (String) -> Bool) -> Form? {
        forms[i].first { match($0.key) }
    }

    /// Whether token `i` (as written) starts with ال.
    func isDefinite(_ i: Int) -> Bool {
        KeyAffixes.hasPrefix(tokens[i].normalized, "ال")
    }
}

/// A text split into words, with what the entity rules ask of each word: its normalised key,
/// the forms left after stripping attached clitics, and whether punctuation follows it.
///
/// Built once per text, it answers the rules' questions about single words from what it worked
/// out for each token at construction (`WordFacts`): each reading's word-list classes from one
/// table probe, and the flags the rules ask again and again (function word, nationality
/// adjective, name word, head, the given-name and title readings, the gazetteer entry starting
/// there). The answers are the ones the word lists give directly.
struct TextView {
    /// One reading of a word: the key after stripping `skip` leading letters (a clitic).
    struct Form {
        /// Normalised key of the remaining word (`لدمشق` → `دمشق`; `للولايات` → `الولايات`).
        var key: String
        /// Scalars of the raw word before the remaining part.
        var skip: Int
        /// Whether the reading restores an article merged into `لل` (`للولايات` → `الولايات`).
        var restoresArticle = false
        /// The word lists `key` is in.
        var classes: LexiconClasses = []
        /// `WordKey(key).fingerprint`.
        var fingerprint: UInt64 = 0

        /// `key` as a `WordKey` (its fingerprint computed once).
        @inline(__always)
        var word: WordKey { WordKey(key, fingerprint: fingerprint) }
    }

    /// The readings of every token in one array: `forms[i]` is token `i`'s, the whole word
    /// first, then clitic-stripped forms.
    struct Forms {
        let all: [Form]
        /// Where each token's readings start in `all` (one more entry than tokens).
        let starts: [Int]

        subscript(i: Int) -> ArraySlice<Form> {
            all[starts[i]..<starts[i + 1]]
        }
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Readings of each token: the whole word first, then clitic-stripped forms.
    let forms: Forms
    /// Whether anything but spaces separates token `i` from token `i + 1`.
    let breakAfter: [Bool]
    /// What the rules ask of each token, worked out once (see `WordFacts`).
    private(set) var facts: [WordFacts] = []
    /// The gazetteer entries starting at tokens (`WordFacts.place` indexes it).
    private(set) var places: [(form: Form, words: Int, entry: Gazetteer.Entry)] = []

    /// Clitic prefixes, longest first (conjunctions, prepositions, and their combinations).
    /// Source: standard Arabic grammar (proclitics و ف ب ل ك).
    static let proclitics = ["وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
                             "وب", "ول", "فب", "فل", "وك", "لل", "و", "ف", "ب", "ل", "ك"]

    init(_ text: String) {
        let scalars = Tokenizer.scalars(of: text)
        let tokens = Tokenizer.tokens(in: scalars)
        self.scalars = scalars
        self.tokens = tokens
        var all: [Form] = []
        all.reserveCapacity(tokens.count + tokens.count / 2)
        var starts: [Int] = [0]
        starts.reserveCapacity(tokens.count + 1)
        var facts: [WordFacts] = []
        facts.reserveCapacity(tokens.count)
        for token in tokens {
            let first = all.count
            facts.append(TextView.withBytes(of: token.normalized) { bytes in
                let shape = KeyShape(bytes)
                TextView.appendReadings(of: token, bytes: bytes, shape: shape, in: scalars, to: &all)
                return WordFacts(token: token, forms: all[first...], bytes: bytes, shape: shape)
            })
            starts.append(all.count)
        }
        forms = Forms(all: all, starts: starts)
        var breaks: [Bool] = []
        breaks.reserveCapacity(tokens.count)
        for i in tokens.indices {
            guard i + 1 < tokens.count else { breaks.append(true); break }
            var gapIsSpace = true
            for p in tokens[i].end..<tokens[i + 1].start where !FunctionWords.isSpace(scalars[p]) {
                gapIsSpace = false
                break
            }
            breaks.append(!gapIsSpace)
        }
        self.breakAfter = breaks
        self.facts = facts
        for i in tokens.indices where forms[i].contains(where: { !$0.classes.isDisjoint(with: [.gazetteerFirst, .gazetteerEntry]) }) {
            if let hit = lookUpPlace(at: i) {
                self.facts[i].place = places.count
                places.append(hit)
            }
        }
    }

    /// The raw text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2 * (end - start))
        for s in scalars[start..<end] { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The keys of the words between two scalar offsets, as `Tokenizer` reads them there: the
    /// tokens' own keys when the offsets are a token's start and a token's end (the words of a
    /// run of whole tokens are those tokens), else the keys of the slice tokenised anew.
    func keys(from start: Int, to end: Int) -> [String] {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        if lo < tokens.count, tokens[lo].start == start {
            var keys: [String] = []
            var k = lo
            while k < tokens.count, tokens[k].end <= end {
                keys.append(tokens[k].normalized)
                if tokens[k].end == end { return keys }
                k += 1
            }
        }
        var keys: [String] = []
        Tokenizer.forEachKey(in: Array(scalars[start..<end])) { key, _ in keys.append(key) }
        return keys
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

    /// The first reading of token `i` in one of the word lists of `classes`.
    @inline(__always)
    func form(_ i: Int, _ classes: LexiconClasses) -> Form? {
        forms[i].first { !$0.classes.isDisjoint(with: classes) }
    }

    /// Whether token `i` as written (its first reading) is in one of the lists of `classes`.
    @inline(__always)
    func word(_ i: Int, is classes: LexiconClasses) -> Bool {
        !forms.all[forms.starts[i]].classes.isDisjoint(with: classes)
    }

    /// Whether token `i` (as written) starts with ال.
    @inline(__always)
    func isDefinite(_ i: Int) -> Bool {
        facts[i].flags.contains(.definite)
    }
}

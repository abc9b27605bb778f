/// The words of a text as the date grammar reads them: each token's normalised key, what lies
/// between it and the previous token, and whether it sits inside a URL.
struct DateTokenStream {
    /// What separates a token from the one before it.
    enum Gap: Sendable, Equatable {
        /// Spaces only, or the token is the first one.
        case space
        /// A slash, with or without spaces: حزيران/يونيو، مارس /آذار.
        case slash
        /// A hyphen or dash: 2011-2012.
        case dash
        /// An opening parenthesis: سبتمبر (أيلول).
        case openParen
        /// A closing parenthesis: (أيلول) 2012.
        case closeParen
        /// A comma: الجمعة، 11 سبتمبر.
        case comma
        /// Anything else: sentence punctuation, quotes, line breaks.
        case other
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// `gaps[i]` separates token `i - 1` from token `i`.
    let gaps: [Gap]
    /// Whether token `i` lies inside a URL (its digits are never dates).
    let inURL: [Bool]
    /// The number token `i` spells, parsed once (see `number(_:)`).
    private let numbers: [Int?]
    /// How many digits token `i`'s number has (0 when it is not a number).
    private let digitCounts: [Int]
    /// Whether token `i` is a number with a Hijri marker attached (1436هـ).
    private let hijriMarked: [Bool]
    /// Whether token `i` starts with an attached و (وعام، و2014، ويوليو).
    let startsWithWaw: [Bool]
    /// The lookup key of each token's normalised form.
    private let keys: [WordKey]
    /// Whether a date expression may start at token `i`: a number, a decade word, or a word of
    /// `DateLexicon.startWords`. One hash lookup per token keeps the pass cheap; the grammar
    /// only runs where this is true.
    let mayStart: [Bool]

    init(_ text: String) {
        scalars = Tokenizer.scalars(of: text)
        tokens = Tokenizer.tokens(in: scalars)
        var gaps: [Gap] = []
        gaps.reserveCapacity(tokens.count)
        var previousEnd = 0
        for (i, token) in tokens.enumerated() {
            gaps.append(i == 0 ? .space : Self.classify(scalars[previousEnd..<token.start]))
            previousEnd = token.end
        }
        self.gaps = gaps
        inURL = Self.urlFlags(tokens: tokens, scalars: scalars)
        var numbers: [Int?] = []
        var hijriMarked: [Bool] = []
        var digitCounts: [Int] = []
        var waw: [Bool] = []
        var mayStart: [Bool] = []
        var keys: [WordKey] = []
        keys.reserveCapacity(tokens.count)
        for token in tokens {
            keys.append(WordKey(token.normalized))
            let parsed = Self.parseNumber(token.normalized)
            numbers.append(parsed?.value)
            hijriMarked.append(parsed?.hijri ?? false)
            digitCounts.append(parsed?.digits ?? 0)
            waw.append(token.normalized.unicodeScalars.first == "\u{0648}")
            mayStart.append(parsed != nil || token.normalized.unicodeScalars.last == "\u{062A}"
                            || DateLexicon.startWords.contains(keys[keys.count - 1]))
        }
        self.numbers = numbers
        self.hijriMarked = hijriMarked
        self.digitCounts = digitCounts
        startsWithWaw = waw
        self.mayStart = mayStart
        self.keys = keys
    }

    var count: Int { tokens.count }

    /// The lookup key of token `i`'s normalised form, or the empty key past either end.
    func key(_ i: Int) -> WordKey {
        i >= 0 && i < tokens.count ? keys[i] : .empty
    }

    /// Whether tokens `i - 1` and `i` are separated by spaces only.
    func spaced(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && gaps[i] == .space
    }

    /// The number token `i` spells (ASCII or Arabic-Indic digits, with an optional و/ب/ل/ف
    /// or الـ before them and a Gregorian م after them), or nil; never inside a URL.
    func number(_ i: Int) -> Int? {
        guard i >= 0 && i < tokens.count, !inURL[i] else { return nil }
        return numbers[i]
    }

    /// Whether the number at token `i` carries an attached Hijri marker (1436هـ).
    func isHijriMarked(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && hijriMarked[i]
    }

    /// How many digits the number at token `i` has (0 when it is not a number).
    func digitCount(_ i: Int) -> Int {
        i >= 0 && i < tokens.count ? digitCounts[i] : 0
    }

    /// Whether token `i` is written in digits with a clitic before it (و2012، الـ17).
    func hasCliticDigits(_ i: Int) -> Bool {
        guard i >= 0 && i < tokens.count, let f = tokens[i].normalized.unicodeScalars.first else { return false }
        return !(0x30...0x39).contains(f.value)
    }

    /// A number of at most four digits, with an optional one-letter clitic or ال before it and
    /// م (Gregorian) or ه (Hijri, from هـ) after it, its digit count and whether it is marked
    /// Hijri; scalar-level so it stays cheap on every token.
    static func parseNumber(_ key: String) -> (value: Int, digits: Int, hijri: Bool)? {
        guard key.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        let s = Array(key.unicodeScalars)
        var lo = 0
        var hi = s.count
        if hi - lo > 2, s[0] == "\u{0627}", s[1] == "\u{0644}" {                     // ال
            lo = 2
        } else if hi - lo > 1, ["\u{0648}", "\u{0628}", "\u{0644}", "\u{0641}"].contains(s[0]) {  // و ب ل ف
            lo = 1
        }
        var hijri = false
        if hi - lo > 1, s[hi - 1] == "\u{0645}" { hi -= 1 }                            // م
        else if hi - lo > 1, s[hi - 1] == "\u{0647}" { hi -= 1; hijri = true }         // ه
        guard hi > lo, hi - lo <= 4 else { return nil }
        var value = 0
        for c in s[lo..<hi] {
            guard (0x30...0x39).contains(c.value) else { return nil }
            value = value * 10 + Int(c.value - 0x30)
        }
        return (value, hi - lo, hijri)
    }

    private static func classify(_ between: ArraySlice<Unicode.Scalar>) -> Gap {
        var gap = Gap.space
        for s in between {
            let next: Gap
            switch s {
            case " ", "\t", "\u{00A0}", "\u{200F}", "\u{200E}", "\u{0640}": continue
            case "/", "\\": next = .slash
            case "-", "\u{2013}", "\u{2014}": next = .dash
            case "(": next = .openParen
            case ")": next = .closeParen
            case ",", "\u{060C}": next = .comma
            default: return .other
            }
            if gap != .space { return .other }
            gap = next
        }
        return gap
    }

    /// Marks tokens inside `http://…`, `https://…` and `www.…` runs (up to the next space).
    private static func urlFlags(tokens: [Token], scalars: [Unicode.Scalar]) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            let k = tokens[i].normalized
            let isURLStart = (k == "http" || k == "https" || k == "www") && tokens[i].end < scalars.count
                && (scalars[tokens[i].end] == ":" || scalars[tokens[i].end] == ".")
            guard isURLStart else { i += 1; continue }
            var end = tokens[i].end
            while end < scalars.count, !WhiteSpace.contains(scalars[end]) { end += 1 }
            while i < tokens.count, tokens[i].start < end {
                flags[i] = true
                i += 1
            }
        }
        return flags
    }
}

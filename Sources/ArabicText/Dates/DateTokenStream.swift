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

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
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
    }

    var count: Int { tokens.count }

    /// The normalised key of token `i`, or "" past either end.
    func key(_ i: Int) -> String {
        i >= 0 && i < tokens.count ? tokens[i].normalized : ""
    }

    /// Whether tokens `i - 1` and `i` are separated by spaces only.
    func spaced(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && gaps[i] == .space
    }

    /// The number token `i` spells (ASCII or Arabic-Indic digits, with an optional و/ب/ل/ف
    /// or الـ before them and a Gregorian م after them), or nil.
    func number(_ i: Int) -> Int? {
        guard i >= 0 && i < tokens.count, !inURL[i] else { return nil }
        return Self.parseNumber(tokens[i].normalized)
    }

    /// Whether token `i` is written in digits with a clitic before it (و2012).
    func hasCliticDigits(_ i: Int) -> Bool {
        guard let f = key(i).unicodeScalars.first else { return false }
        return !(0x30...0x39).contains(f.value)
    }

    static func parseNumber(_ key: String) -> Int? {
        var s = Substring(key)
        for prefix in ["ال", "و", "ب", "ل", "ف"] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
            break
        }
        if s.hasSuffix("م") { s = s.dropLast() }
        guard !s.isEmpty, s.count <= 4, s.unicodeScalars.allSatisfy({ (0x30...0x39).contains($0.value) }) else { return nil }
        return Int(s)
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
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            while i < tokens.count, tokens[i].start < end {
                flags[i] = true
                i += 1
            }
        }
        return flags
    }
}

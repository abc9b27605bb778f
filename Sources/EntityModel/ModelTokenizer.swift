import ArabicText

/// One token the model labels: a word or a single punctuation mark, with its scalar offsets.
public struct ModelToken: Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    /// The index of the token of `tokens` (in text order, not overlapping, as the tokenizer
    /// gives them) that holds the scalar offset `offset`, found by binary search; nil when none does.
    static func index(holding offset: Int, in tokens: [ModelToken]) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].start <= offset ? low : nil
    }

    /// Whether the token is a punctuation mark or symbol rather than a word.
    public var isPunctuation: Bool {
        guard let first = text.unicodeScalars.first else { return true }
        return !Tokenizer.isWordScalar(first)
    }
}

/// Splits text as ANERcorp does: words (letters, marks, digits, joiners) and each punctuation
/// mark as a token of its own; sentences end at `.`, `!`, `?`, `؟` and at blank lines.
public enum ModelTokenizer {
    /// The longest sentence handed to the decoder; longer runs are cut (lists, tables).
    static let maximumSentenceTokens = 200

    /// The sentences of `scalars`, each a list of tokens.
    public static func sentences(in scalars: [Unicode.Scalar]) -> [[ModelToken]] {
        var sentences: [[ModelToken]] = []
        var current: [ModelToken] = []
        var i = 0
        var newlines = 0
        func close() {
            if !current.isEmpty { sentences.append(current) }
            current = []
        }
        while i < scalars.count {
            let s = scalars[i]
            if isWordPart(s) {
                if newlines >= 2 { close() }
                newlines = 0
                let start = i
                while i < scalars.count, isWordPart(scalars[i]) { i += 1 }
                current.append(token(scalars, start, i))
                if current.count >= maximumSentenceTokens { close() }
                continue
            }
            if s == "\n" { newlines += 1 }
            if WhiteSpace.contains(s) || s == "\u{200F}" || s == "\u{200E}" || s == "\u{FEFF}" {
                i += 1
                continue
            }
            if newlines >= 2 { close() }
            newlines = 0
            current.append(token(scalars, i, i + 1))
            if s == "." || s == "!" || s == "?" || s == "\u{061F}" || current.count >= maximumSentenceTokens { close() }
            i += 1
        }
        close()
        return sentences
    }

    /// Word scalars, joiners and tatweel keep a word whole (`ال‌مقاومة` is one word).
    @inline(__always)
    static func isWordPart(_ s: Unicode.Scalar) -> Bool {
        Tokenizer.isWordScalar(s) || s == "\u{200C}" || s == "\u{200D}" || s == "\u{0640}"
    }

    private static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> ModelToken {
        ModelToken(text: String(scalars: scalars[start..<end]), start: start, end: end)
    }
}

import ArabicText

/// Turns the text a user typed into clauses and exclusions. Words are split as the tokeniser
/// splits them, so a chunk that holds several words (`#مصطفى_الإمام`, `العربية.نت`) becomes a
/// phrase. `OR` (or `|`, or أو) joins the items on either side; a leading `-` excludes the next item.
enum QueryParser {
    /// Quotation marks that open or close a phrase: ASCII, typographic and guillemets.
    static let quotes: Set<Character> = ["\"", "“", "”", "«", "»", "„"]
    /// Words that join alternatives: `OR`, `|`, and Arabic أو ("or") written with its hamza
    /// (the bare او is left a word, since it also spells other words).
    static let orOperators: Set<String> = ["OR", "|", "أو"]

    /// The parsed clauses (each with its alternatives) and excluded terms.
    static func parse(_ text: String) -> (clauses: [SearchQuery.Clause], excluded: [SearchQuery.Term]) {
        var clauses: [SearchQuery.Clause] = []
        var excluded: [SearchQuery.Term] = []
        var pendingOr = false
        var chars = Substring(text)
        while let first = chars.first {
            if first.isWhitespace || first == "(" || first == ")" {
                chars.removeFirst()
                continue
            }
            var negated = false
            if first == "-" {
                chars.removeFirst()
                guard let next = chars.first, !next.isWhitespace else { continue }
                negated = true
            }
            let chunk: Substring
            var quoted = false
            if let q = chars.first, quotes.contains(q) {
                chars.removeFirst()
                let end = chars.firstIndex(where: { quotes.contains($0) }) ?? chars.endIndex
                chunk = chars[..<end]
                chars = end < chars.endIndex ? chars[chars.index(after: end)...] : chars[end...]
                quoted = true
            } else {
                let end = chars.firstIndex(where: { $0.isWhitespace || quotes.contains($0) || $0 == "(" || $0 == ")" }) ?? chars.endIndex
                chunk = chars[..<end]
                chars = chars[end...]
            }
            if !quoted && !negated && orOperators.contains(String(chunk)) {
                pendingOr = !clauses.isEmpty
                continue
            }
            let words = Tokenizer.tokens(in: String(chunk)).map(\.text)
            guard let term = makeTerm(words) else { continue }
            if negated {
                excluded.append(term)
            } else if pendingOr, !clauses.isEmpty {
                clauses[clauses.count - 1].alternatives.append(term)
            } else {
                clauses.append(SearchQuery.Clause(alternatives: [term]))
            }
            pendingOr = false
        }
        return (clauses, excluded)
    }

    private static func makeTerm(_ words: [String]) -> SearchQuery.Term? {
        switch words.count {
        case 0: return nil
        case 1: return .word(words[0])
        default: return .phrase(words)
        }
    }
}

import ArabicText

/// Turns the text a user typed into clauses and exclusions. Words are split as the tokeniser
/// splits them, so a chunk that holds several words (`#مصطفى_الإمام`, `العربية.نت`) becomes a
/// phrase. `OR` (or `|`, or أو) joins the items on either side; a leading `-` excludes the next item.
enum QueryParser {
    /// Quotation marks that open or close a phrase: ASCII, typographic and guillemets.
    static let quotes: Set<Unicode.Scalar> = ["\"", "“", "”", "«", "»", "„"]
    /// Words that join alternatives: `OR`, `|`, and Arabic أو ("or") written with its hamza
    /// (the bare او is left a word, since it also spells other words).
    static let orOperators: Set<String> = ["OR", "|", "أو"]

    /// The parsed clauses (each with its alternatives) and excluded terms. Walks Unicode
    /// scalars, not characters: every mark it looks for is one scalar, and scalars need no
    /// grapheme breaking.
    static func parse(_ text: String) -> (clauses: [SearchQuery.Clause], excluded: [SearchQuery.Term]) {
        var clauses: [SearchQuery.Clause] = []
        var excluded: [SearchQuery.Term] = []
        var pendingOr = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
        while index < scalars.endIndex {
            let first = scalars[index]
            if isSpace(first) || first == "(" || first == ")" {
                index = scalars.index(after: index)
                continue
            }
            var negated = false
            if first == "-" {
                index = scalars.index(after: index)
                guard index < scalars.endIndex, !isSpace(scalars[index]) else { continue }
                negated = true
            }
            let chunk: Substring
            var quoted = false
            if quotes.contains(scalars[index]) {
                let start = scalars.index(after: index)
                let end = scalars[start...].firstIndex(where: { quotes.contains($0) }) ?? scalars.endIndex
                chunk = Substring(scalars[start..<end])
                index = end < scalars.endIndex ? scalars.index(after: end) : end
                quoted = true
            } else {
                let end = scalars[index...].firstIndex(where: { isSpace($0) || quotes.contains($0) || $0 == "(" || $0 == ")" })
                    ?? scalars.endIndex
                chunk = Substring(scalars[index..<end])
                index = end
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

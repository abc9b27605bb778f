import ArabicText

/// Turns the text a user typed into clauses and exclusions. Words are split as the tokeniser
/// splits them, so a chunk that holds several words (`#حسن_الإمام`, `العربية.نت`) becomes a
/// phrase. `OR` (or `|`, or أو) joins the items on either side; a leading `-` excludes the next item.
enum QueryParser {
    /// Quotation marks that open or close a phrase: ASCII, typographic and guillemets
    /// (a switch: no hashing per scalar).
    @inline(__always)
    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "“", "”", "«", "»", "„": return true
        default: return false
        }
    }

    /// Words that join alternatives: `OR`, `|`, and Arabic أو ("or") written with its hamza
    /// (the bare او is left a word, since it also spells other words).
    static func isOrOperator(_ chunk: Substring) -> Bool {
        chunk.utf8.count <= 4 && (chunk == "OR" || chunk == "|" || chunk == "أو")
    }

    /// The parsed clauses (each with its alternatives) and excluded terms. Walks Unicode
    /// scalars, not characters: every mark it looks for is one scalar, and scalars need no
    /// grapheme breaking.
    static func parse(_ text: String) -> (clauses: [SearchQuery.Clause], excluded: [SearchQuery.Term]) {
        var clauses: [SearchQuery.Clause] = []
        var excluded: [SearchQuery.Term] = []
        var pendingOr = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let first = scalars[index]
            if WhiteSpace.contains(first) || first == "(" || first == ")" {
                index = scalars.index(after: index)
                continue
            }
            var negated = false
            if first == "-" {
                index = scalars.index(after: index)
                guard index < scalars.endIndex, !WhiteSpace.contains(scalars[index]) else { continue }
                negated = true
            }
            let chunk: Substring
            var quoted = false
            if isQuote(scalars[index]) {
                let start = scalars.index(after: index)
                let end = scalars[start...].firstIndex(where: { isQuote($0) }) ?? scalars.endIndex
                chunk = Substring(scalars[start..<end])
                index = end < scalars.endIndex ? scalars.index(after: end) : end
                quoted = true
            } else {
                let end = scalars[index...].firstIndex(where: { WhiteSpace.contains($0) || isQuote($0) || $0 == "(" || $0 == ")" })
                    ?? scalars.endIndex
                chunk = Substring(scalars[index..<end])
                index = end
            }
            if !quoted && !negated && isOrOperator(chunk) {
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

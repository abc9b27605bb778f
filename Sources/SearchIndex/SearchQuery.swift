/// A parsed search query: clauses that must all match, each a set of alternatives joined by
/// `OR`; "quoted phrases"; and `-excluded` words or phrases.
public struct SearchQuery: Sendable, Hashable, CustomStringConvertible {
    /// One searchable unit: a word or a phrase of consecutive words (as the user wrote them).
    public enum Term: Sendable, Hashable, CustomStringConvertible {
        /// A single word.
        case word(String)
        /// Words that must occur next to each other, in order.
        case phrase([String])

        /// The words of the term, in order.
        public var words: [String] {
            switch self {
            case .word(let w): return [w]
            case .phrase(let ws): return ws
            }
        }

        /// The term as it would be typed: a word, or a quoted phrase.
        public var description: String {
            switch self {
            case .word(let w): return w
            case .phrase(let ws): return "\"" + ws.joined(separator: " ") + "\""
            }
        }
    }

    /// Alternatives of which at least one must match (`a OR b`).
    public struct Clause: Sendable, Hashable {
        /// The alternatives, in the order typed.
        public var alternatives: [Term]
        /// A clause of the given alternatives.
        public init(alternatives: [Term]) {
            self.alternatives = alternatives
        }
    }

    /// Clauses that must all match.
    public var clauses: [Clause]
    /// Terms no matching document may contain.
    public var excluded: [Term]

    /// A query from already-built parts; throws `QueryError.empty` when nothing must match.
    public init(clauses: [Clause], excluded: [Term] = []) throws(QueryError) {
        let kept = clauses.filter { !$0.alternatives.isEmpty }
        if kept.isEmpty { throw excluded.isEmpty ? QueryError.empty : QueryError.invalid("the query only excludes words; add a word to search for") }
        self.clauses = kept
        self.excluded = excluded
    }

    /// Parses the user's query; throws `QueryError` when it has nothing to search for.
    public init(parsing text: String) throws(QueryError) {
        let parsed = QueryParser.parse(text)
        try self.init(clauses: parsed.clauses, excluded: parsed.excluded)
    }

    /// Every word that must or may match (not the excluded ones), in query order.
    public var words: [String] {
        clauses.flatMap { $0.alternatives.flatMap(\.words) }
    }

    /// The query in the syntax `init(parsing:)` reads.
    public var description: String {
        var parts = clauses.map { $0.alternatives.map(\.description).joined(separator: " OR ") }
        parts += excluded.map { "-" + $0.description }
        return parts.joined(separator: " ")
    }
}

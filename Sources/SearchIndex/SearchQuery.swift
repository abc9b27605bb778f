/// A parsed search query: words that must all match, "quoted phrases", `-excluded` words and
/// `OR` between alternatives. (First stub: words only.)
public struct SearchQuery: Sendable {
    public var words: [String]

    /// Parses the user's query; throws `QueryError` when it has nothing to search for.
    public init(parsing text: String) throws(QueryError) {
        words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.isEmpty { throw QueryError.empty }
    }
}

/// Why a query could not be parsed.
public enum QueryError: Error, Sendable, Equatable {
    case empty
    case invalid(String)
}

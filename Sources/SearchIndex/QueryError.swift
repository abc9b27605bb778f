/// Why a query could not be parsed.
public enum QueryError: Error, Sendable, Equatable {
    /// The query is empty or holds no searchable word.
    case empty
    /// The query is malformed (e.g. it only excludes words); the message says how.
    case invalid(String)
}

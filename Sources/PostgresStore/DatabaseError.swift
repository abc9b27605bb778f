/// A failure talking to PostgreSQL. Messages come from libpq and the server, which never quote
/// the password; they may be logged.
public enum DatabaseError: Error, Equatable, CustomStringConvertible {
    /// No connection could be made.
    case connect(String)
    /// The connection broke (the server stopped, the network failed).
    case connectionLost(String)
    /// The server refused a statement.
    case statement(String)
    /// The store is not reachable now; the next connection attempt is scheduled.
    case unavailable(String)

    public var description: String {
        switch self {
        case .connect(let message): "cannot connect to PostgreSQL: \(message)"
        case .connectionLost(let message): "lost the PostgreSQL connection: \(message)"
        case .statement(let message): "PostgreSQL refused a statement: \(message)"
        case .unavailable(let message): "PostgreSQL is unavailable: \(message)"
        }
    }

    /// Whether the connection it happened on can no longer be used.
    var brokeConnection: Bool {
        switch self {
        case .connect, .connectionLost, .unavailable: true
        case .statement: false
        }
    }
}

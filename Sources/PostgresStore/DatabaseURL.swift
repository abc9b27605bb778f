/// A PostgreSQL connection URL (`postgres://user:password@host:port/db?sslmode=require`), checked
/// at construction. libpq reads it whole, so TLS (`sslmode`, `sslrootcert`), the password (in the
/// URL, or libpq's `PGPASSWORD`/`~/.pgpass`) and the rest follow libpq's documented URI rules.
/// `redacted` is the only form that may be logged: the password is replaced by `***`.
public struct DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    /// The URL as given, password included: for libpq only, never for a log.
    public let connectionString: String

    /// The schemes libpq accepts.
    public static let schemes = ["postgres://", "postgresql://"]

    /// Fails unless `text` starts with `postgres://` or `postgresql://`.
    public init?(_ text: String) {
        guard Self.schemes.contains(where: { text.lowercased().hasPrefix($0) }) else { return nil }
        connectionString = text
    }

    /// Whether `text` names a PostgreSQL store (rather than, say, a folder).
    public static func isDatabaseURL(_ text: String) -> Bool {
        DatabaseURL(text) != nil
    }

    /// The URL with the password (in the user information and any `password=` parameter)
    /// replaced by `***`.
    public var redacted: String {
        Self.redact(connectionString)
    }

    public var description: String { redacted }

    /// `text` with its password hidden; text that is not a URL is returned unchanged.
    static func redact(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://") else { return text }
        let scheme = text[..<schemeEnd.upperBound]
        let rest = text[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var authority = String(rest[..<authorityEnd])
        var tail = String(rest[authorityEnd...])
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                authority = String(userInfo[..<colon]) + ":***" + String(authority[at...])
            }
        }
        if let question = tail.firstIndex(of: "?") {
            let path = tail[..<question]
            let query = tail[tail.index(after: question)...]
            let parameters = query.split(separator: "&", omittingEmptySubsequences: false).map { parameter in
                let name = parameter.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
                return name.lowercased() == "password" ? name + "=***" : String(parameter)
            }
            tail = String(path) + "?" + parameters.joined(separator: "&")
        }
        return String(scheme) + authority + tail
    }
}

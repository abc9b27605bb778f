import HTTPCore
import HTTPTypes

/// Who may change the corpus: nobody (no token configured: writes answer 403), or whoever sends
/// `Authorization: Bearer <token>` with a configured token, compared in constant time. Each
/// token has a label (who holds it), recorded with the entity corrections it makes.
public struct WriteAccess: Sendable {
    private let tokens: [(label: String, token: [UInt8])]
    /// The label of the single token given as `token:`.
    public static let defaultLabel = "editor"

    /// `token` (labelled `label`) and `labelled` (label → token); none, or only empty ones,
    /// disables writes.
    public init(token: String?, label: String = WriteAccess.defaultLabel, labelled: [String: String] = [:]) {
        var tokens: [(String, [UInt8])] = []
        if let token, !token.isEmpty { tokens.append((label, Array(token.utf8))) }
        for (name, value) in labelled.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
            tokens.append((name, Array(value.utf8)))
        }
        self.tokens = tokens
    }

    public var isEnabled: Bool { !tokens.isEmpty }

    /// Parses `MARSAD_API_TOKENS`: `label=token` pairs separated by commas or white space.
    public static func labelledTokens(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else { continue }
            result[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
        }
        return result
    }

    /// Throws 403 when writes are disabled, 401 with `WWW-Authenticate` when the token is
    /// missing or wrong (RFC 6750 §3).
    public func authorize(_ request: Request) throws(HTTPError) {
        _ = try authorizedLabel(request)
    }

    /// As `authorize`, and returns the label of the token the request carries.
    public func authorizedLabel(_ request: Request) throws(HTTPError) -> String {
        guard !tokens.isEmpty else {
            throw HTTPError(.forbidden, detail: "Writes are disabled on this server: start it with MARSAD_API_TOKEN set to enable them.")
        }
        var challenge = HTTPFields()
        challenge[.wwwAuthenticate] = #"Bearer realm="marsad""#
        guard let header = request.headerFields[.authorization] else {
            throw HTTPError(.unauthorized, detail: "Send Authorization: Bearer <token> to change the corpus.", headerFields: challenge)
        }
        let prefix = "bearer "
        guard header.count > prefix.count, header.prefix(prefix.count).lowercased() == prefix else {
            throw HTTPError(.unauthorized, detail: "Authorization must use the Bearer scheme.", headerFields: challenge)
        }
        let given = Array(header.utf8.dropFirst(prefix.utf8.count))
        // Every token is compared, so the time taken does not reveal which one matched.
        var label: String?
        for (name, token) in tokens where WriteAccess.constantTimeEqual(given, token) && label == nil {
            label = name
        }
        guard let label else {
            challenge[.wwwAuthenticate] = #"Bearer realm="marsad", error="invalid_token""#
            throw HTTPError(.unauthorized, detail: "The bearer token is not valid.", headerFields: challenge)
        }
        return label
    }

    /// Compares without an early exit, so the time taken does not reveal how much matched.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}

import HTTPCore
import HTTPTypes

/// Who may change the corpus: nobody (no token configured: writes answer 403), or whoever sends
/// `Authorization: Bearer <token>` with the configured token, compared in constant time.
public struct WriteAccess: Sendable {
    private let token: [UInt8]?

    /// `token` nil or empty disables writes.
    public init(token: String?) {
        if let token, !token.isEmpty {
            self.token = Array(token.utf8)
        } else {
            self.token = nil
        }
    }

    public var isEnabled: Bool { token != nil }

    /// Throws 403 when writes are disabled, 401 with `WWW-Authenticate` when the token is
    /// missing or wrong (RFC 6750 §3).
    public func authorize(_ request: Request) throws(HTTPError) {
        guard let token else {
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
        guard WriteAccess.constantTimeEqual(given, token) else {
            challenge[.wwwAuthenticate] = #"Bearer realm="marsad", error="invalid_token""#
            throw HTTPError(.unauthorized, detail: "The bearer token is not valid.", headerFields: challenge)
        }
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

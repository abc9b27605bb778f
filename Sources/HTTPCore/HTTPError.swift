import HTTPTypes

/// An error that carries its HTTP status and the words a client needs to fix the request.
/// Thrown by parsers and handlers; `ProblemDetails` turns it into an RFC 9457 response.
public struct HTTPError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    /// A short human-readable summary; defaults to the status's reason phrase.
    public var title: String
    /// What exactly was wrong with this request.
    public var detail: String
    /// A URI naming the problem type; `about:blank` means "see the status".
    public var type: String
    /// The query or path parameter at fault, when there is one.
    public var parameter: String?
    /// Extra fields for the response (e.g. `Allow` on 405, `WWW-Authenticate` on 401).
    public var headerFields: HTTPFields
    /// Whether the connection must close after this error (malformed framing).
    public var closesConnection: Bool

    public init(
        _ status: HTTPResponse.Status,
        detail: String,
        title: String? = nil,
        type: String = "about:blank",
        parameter: String? = nil,
        headerFields: HTTPFields = [:],
        closesConnection: Bool = false
    ) {
        self.status = status
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.type = type
        self.parameter = parameter
        self.headerFields = headerFields
        self.closesConnection = closesConnection
    }

    /// 400 naming the query parameter at fault.
    public static func badParameter(_ name: String, _ detail: String) -> HTTPError {
        HTTPError(.badRequest, detail: detail, title: "Invalid parameter '\(name)'",
                  type: "/problems/invalid-parameter", parameter: name)
    }

    /// 404 for a resource that does not exist.
    public static func notFound(_ detail: String) -> HTTPError {
        HTTPError(.notFound, detail: detail)
    }
}

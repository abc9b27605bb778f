import HTTPTypes

/// One HTTP response as a value. Bodies are byte arrays, so a response built once at start-up
/// is shared by every request that sends it without copying (copy-on-write storage); a large
/// download is a `stream` instead, produced while it is sent.
public struct Response: Sendable {
    public var status: HTTPResponse.Status
    public var headerFields: HTTPFields
    public var body: [UInt8]
    /// A body produced piece by piece while it is sent (then `body` is empty): chunked to
    /// HTTP/1.1 clients, ended by closing the connection for HTTP/1.0 ones (`ResponseEncoder`).
    public var stream: BodyStream?
    /// Sent as `X-Request-Id` (set by the server from the request's id; kept apart from
    /// `headerFields` so that shared field sets are not copied per response).
    public var requestID: String?
    /// Which route produced this response, as an index into the responder's `routeNames`
    /// (0 = unmatched); a metrics label, never sent.
    public var routeID: Int = 0

    public init(status: HTTPResponse.Status = .ok, headerFields: HTTPFields = [:], body: [UInt8] = []) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
    }

    /// A response whose body is produced while it is sent.
    public static func streamed(_ stream: BodyStream, status: HTTPResponse.Status = .ok,
                                headerFields: HTTPFields = [:]) -> Response {
        var response = Response(status: status, headerFields: headerFields)
        response.stream = stream
        return response
    }

    /// The whole body, streamed or not (for tests and tools that answer without a socket).
    public var collectedBody: [UInt8] {
        stream.map { $0.collect() } ?? body
    }

    /// A JSON response (`application/json; charset=utf-8`) around already-encoded bytes.
    public static func json(_ body: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headerFields: jsonFields, body: body)
    }

    /// Built once: every JSON response shares its storage until one is changed.
    private static let jsonFields: HTTPFields = {
        var fields = HTTPFields()
        fields[.contentType] = MediaType.json
        return fields
    }()

    /// A plain-text response.
    public static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headerFields: fields, body: Array(text.utf8))
    }
}

/// The media types the server speaks.
public enum MediaType {
    public static let json = "application/json; charset=utf-8"
    public static let problemJSON = "application/problem+json; charset=utf-8"
}

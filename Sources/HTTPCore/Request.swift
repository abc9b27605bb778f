import HTTPTypes

/// One parsed HTTP request: what a handler sees. The target is already percent-decoded and
/// normalised (dot-segments removed) by the parser, so routing never sees `..`.
public struct Request: Sendable {
    public var method: HTTPRequest.Method
    /// The request target exactly as received (for logs).
    public var target: String
    /// The decoded, normalised path, always starting with `/`.
    public var path: String
    /// The decoded query parameters.
    public var query: QueryParameters
    public var version: HTTPVersion
    public var headerFields: HTTPFields
    public var body: [UInt8]
    /// Values captured by `{name}` segments of the matched route.
    public var pathParameters: [String: String]
    /// The peer address as the server saw it (or as a trusted proxy reported it).
    public var remoteAddress: String?

    public init(
        method: HTTPRequest.Method,
        target: String,
        path: String,
        query: QueryParameters = QueryParameters(),
        version: HTTPVersion = .http1_1,
        headerFields: HTTPFields = [:],
        body: [UInt8] = [],
        pathParameters: [String: String] = [:],
        remoteAddress: String? = nil
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headerFields = headerFields
        self.body = body
        self.pathParameters = pathParameters
        self.remoteAddress = remoteAddress
    }
}

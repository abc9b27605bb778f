import HTTPTypes

/// A parsed request-line (RFC 9112 §3): `method SP request-target SP HTTP-version`.
struct RequestLine {
    var method: HTTPRequest.Method
    var rawTarget: String
    var target: RequestTarget
    var version: HTTPVersion

    typealias Bytes = UnsafeBufferPointer<UInt8>.SubSequence

    /// Parses `line` (without its CRLF). Checks run syntax (400), then version (505), then
    /// method (501), then target (400/414), so each client error gets its most specific status.
    init(_ line: Bytes, limits: HTTPLimits) throws(HTTPError) {
        // RFC 9112 §3: exactly one SP between the parts; we do not accept other whitespace.
        guard let firstSpace = line.firstIndex(of: HTTPSyntax.sp) else {
            throw RequestTarget.bad("The request line has no request target.")
        }
        let methodBytes = line[line.startIndex..<firstSpace]
        guard !methodBytes.isEmpty, methodBytes.allSatisfy(HTTPSyntax.isToken) else {
            throw RequestTarget.bad("The method is not a valid token.")
        }
        let rest = line[(firstSpace + 1)...]
        let targetBytes: Bytes
        if let secondSpace = rest.firstIndex(of: HTTPSyntax.sp) {
            targetBytes = rest[rest.startIndex..<secondSpace]
            version = try Self.version(rest[(secondSpace + 1)...])
        } else {
            // RFC 9112 §3: `request-line = method SP request-target SP HTTP-version`; a line
            // without the version (an HTTP/0.9 simple request, `GET /`) is not a valid HTTP/1.x
            // request line, and an invalid request-line SHOULD get 400 (§3, last paragraph).
            // 505 is for a well-formed version we do not speak (RFC 9110 §15.6.6).
            throw RequestTarget.bad("The request line has no HTTP version.")
        }
        method = try Self.method(methodBytes)
        rawTarget = String(decoding: targetBytes, as: UTF8.self)
        target = try RequestTarget(targetBytes, method: method, limits: limits)
    }

    /// RFC 9112 §2.3: `HTTP-version = "HTTP" "/" DIGIT "." DIGIT`, case-sensitive. Any 1.x is
    /// served as 1.1 (RFC 9110 §6.2); other majors get 505 (RFC 9110 §15.6.6), including the
    /// HTTP/2 connection preface, since we do not speak h2c.
    private static func version(_ bytes: Bytes) throws(HTTPError) -> HTTPVersion {
        let prefix: StaticString = "HTTP/"
        guard bytes.count == 8,
              bytes.prefix(5).elementsEqual(UnsafeBufferPointer(start: prefix.utf8Start, count: 5)),
              bytes[bytes.startIndex + 6] == UInt8(ascii: "."),
              case let major = bytes[bytes.startIndex + 5], case let minor = bytes[bytes.startIndex + 7],
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(major),
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(minor) else {
            throw RequestTarget.bad("The HTTP version is malformed.")
        }
        let version = HTTPVersion(major: Int(major - UInt8(ascii: "0")), minor: Int(minor - UInt8(ascii: "0")))
        guard version.major == 1 else {
            throw HTTPError(.httpVersionNotSupported, detail: "\(version) is not supported; use HTTP/1.1.")
        }
        return version
    }

    /// The methods we know. TRACE and QUERY (the safe method with a body, registered in the IANA
    /// method registry and known to swift-http-types) are parsed so the router answers them 405
    /// with `Allow` like any known method a resource lacks (RFC 9110 §9.3.8, §15.5.6); CONNECT needs authority-form
    /// and a tunnel we never provide, and any other token is unknown: both get 501
    /// (RFC 9110 §9.1, §15.6.2).
    private static func method(_ bytes: Bytes) throws(HTTPError) -> HTTPRequest.Method {
        // Compared as bytes: no string is made for the common methods.
        for (name, method) in known where bytes.elementsEqual(name.utf8) {
            return method
        }
        let other = String(decoding: bytes, as: UTF8.self)
        throw HTTPError(.notImplemented, detail: "The method \(other.prefix(32)) is not implemented.")
    }

    /// The methods we parse, most frequent first.
    private static let known: [(String, HTTPRequest.Method)] = [
        ("GET", .get), ("HEAD", .head), ("POST", .post), ("PUT", .put), ("DELETE", .delete),
        ("OPTIONS", .options), ("PATCH", .patch), ("TRACE", .trace), ("QUERY", .query),
    ]
}

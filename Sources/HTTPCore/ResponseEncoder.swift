import HTTPTypes

/// Writes a `Response` as HTTP/1.1 bytes (RFC 9112 §4, §6): status line, the response's fields,
/// then the fields the server owns (`Date`, `Content-Length`, `Connection`), then the body.
public enum ResponseEncoder {
    /// Appends `response` to `buffer`, head and body together (a streamed body is collected).
    /// - Parameters:
    ///   - method: the request's method; `HEAD` gets the headers of `GET` and no body (RFC 9110 §9.3.2).
    ///   - version: the request's version; an HTTP/1.0 client that keeps the connection is told so.
    ///   - keepAlive: whether the connection stays open (decided by the caller, RFC 9112 §9.3).
    ///   - date: the IMF-fixdate bytes for `Date` (RFC 9110 §6.6.1).
    public static func encode(
        _ response: Response, method: HTTPRequest.Method, version: HTTPVersion,
        keepAlive: Bool, date: [UInt8], into buffer: inout [UInt8]
    ) {
        switch encodeHead(response, method: method, version: version, keepAlive: keepAlive, date: date, into: &buffer) {
        case .none: break
        case .fixed: buffer.append(contentsOf: response.body)
        case .closeDelimited: buffer.append(contentsOf: response.collectedBody)
        case .chunked: buffer.append(contentsOf: ChunkedCoding.encode([response.collectedBody]))
        }
    }

    /// How a response's body goes on the wire (RFC 9112 §6).
    public enum BodyFraming: Equatable, Sendable {
        /// No body follows (`HEAD`, 1xx, 204, 304, or an empty body with `Content-Length: 0`).
        case none
        /// `Content-Length`, then `body`.
        case fixed
        /// The stream in the chunked transfer coding (RFC 9112 §7.1), to an HTTP/1.1 client.
        case chunked
        /// The stream, ended by closing the connection (RFC 9112 §6.3 rule 8): an HTTP/1.0
        /// client cannot read chunked (RFC 9112 §6.1), so the caller must not keep it open.
        case closeDelimited
    }

    /// Whether `response` must be followed by closing the connection: a streamed body to an
    /// HTTP/1.0 client has no other end mark. Callers fold this into their keep-alive decision.
    public static func endsByClosing(_ response: Response, method: HTTPRequest.Method, version: HTTPVersion) -> Bool {
        response.stream != nil && method != .head && version.minor == 0 && mayHaveBody(response.status.code)
    }

    /// Appends the status line and header section of `response` to `buffer` and returns how its
    /// body follows on the wire, so a server can send a large body from where it lies
    /// (`writev`) instead of copying it behind the head, or produce a streamed one piece by
    /// piece. Parameters as in `encode`.
    public static func encodeHead(
        _ response: Response, method: HTTPRequest.Method, version: HTTPVersion,
        keepAlive: Bool, date: [UInt8], into buffer: inout [UInt8]
    ) -> BodyFraming {
        let code = response.status.code
        // The status line carries our highest version, 1.1 (RFC 9110 §6.2, RFC 9112 §2.3).
        buffer.append(contentsOf: "HTTP/1.1 ".utf8)
        buffer.appendDecimal(code)
        buffer.append(UInt8(ascii: " "))
        buffer.append(contentsOf: response.status.reasonPhrase.utf8)
        buffer.append(contentsOf: "\r\nDate: ".utf8)
        buffer.append(contentsOf: date)
        buffer.append(contentsOf: "\r\n".utf8)
        let ownsRequestID = response.requestID != nil
        for field in response.headerFields where !isServerOwned(field.name) && !(ownsRequestID && field.name == requestIDName) {
            buffer.append(contentsOf: field.name.rawName.utf8)
            buffer.append(contentsOf: ": ".utf8)
            buffer.append(contentsOf: field.value.utf8)
            buffer.append(contentsOf: "\r\n".utf8)
        }
        if let requestID = response.requestID {
            buffer.append(contentsOf: "X-Request-Id: ".utf8)
            buffer.append(contentsOf: requestID.utf8)
            buffer.append(contentsOf: "\r\n".utf8)
        }
        var framing = BodyFraming.none
        if !mayHaveBody(code) {
            // RFC 9110 §8.6: no Content-Length on 1xx or 204; on 304 we omit it too, as it would
            // describe a body the client never gets from us (RFC 9110 §15.4.5 allows either).
        } else if response.stream != nil {
            // The length is unknown until the stream ends. RFC 9112 §6.1: chunked only to an
            // HTTP/1.1 client; a HEAD response may say so, to show what GET would do.
            if version.minor > 0 {
                buffer.append(contentsOf: "Transfer-Encoding: chunked\r\n".utf8)
                framing = .chunked
            } else {
                framing = .closeDelimited
            }
        } else {
            buffer.append(contentsOf: "Content-Length: ".utf8)
            buffer.appendDecimal(response.body.count)
            buffer.append(contentsOf: "\r\n".utf8)
            framing = response.body.isEmpty ? .none : .fixed
        }
        if !keepAlive {
            buffer.append(contentsOf: "Connection: close\r\n".utf8)
        } else if version.minor == 0 {
            buffer.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        buffer.append(contentsOf: "\r\n".utf8)
        return method == .head ? .none : framing
    }

    private static func mayHaveBody(_ code: Int) -> Bool {
        !(100..<200).contains(code) && code != 204 && code != 304
    }

    /// Whether the response asks for the connection to close (e.g. a framing error's problem).
    public static func requestsClose(_ response: Response) -> Bool {
        guard let value = response.headerFields[.connection] else { return false }
        return value.lowercased().contains("close")
    }

    private static let requestIDName = HTTPField.Name("X-Request-Id")!

    private static func isServerOwned(_ name: HTTPField.Name) -> Bool {
        name == .contentLength || name == .connection || name == .transferEncoding || name == .date
    }
}

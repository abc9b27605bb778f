import HTTPTypes

/// Writes a `Response` as HTTP/1.1 bytes (RFC 9112 §4, §6): status line, the response's fields,
/// then the fields the server owns (`Date`, `Content-Length`, `Connection`), then the body.
public enum ResponseEncoder {
    /// Appends `response` to `buffer`, head and body together.
    /// - Parameters:
    ///   - method: the request's method; `HEAD` gets the headers of `GET` and no body (RFC 9110 §9.3.2).
    ///   - version: the request's version; an HTTP/1.0 client that keeps the connection is told so.
    ///   - keepAlive: whether the connection stays open (decided by the caller, RFC 9112 §9.3).
    ///   - date: the IMF-fixdate bytes for `Date` (RFC 9110 §6.6.1).
    public static func encode(
        _ response: Response, method: HTTPRequest.Method, version: HTTPVersion,
        keepAlive: Bool, date: [UInt8], into buffer: inout [UInt8]
    ) {
        if encodeHead(response, method: method, version: version, keepAlive: keepAlive, date: date, into: &buffer) {
            buffer.append(contentsOf: response.body)
        }
    }

    /// Appends the status line and header section of `response` to `buffer` and returns whether
    /// its body follows on the wire, so a server can send a large body from where it lies
    /// (`writev`) instead of copying it behind the head. Parameters as in `encode`.
    public static func encodeHead(
        _ response: Response, method: HTTPRequest.Method, version: HTTPVersion,
        keepAlive: Bool, date: [UInt8], into buffer: inout [UInt8]
    ) -> Bool {
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
        // RFC 9110 §8.6: no Content-Length on 1xx or 204; on 304 we omit it too, as it would
        // describe a body the client never gets from us (RFC 9110 §15.4.5 allows either).
        let mayHaveBody = !(100..<200).contains(code) && code != 204 && code != 304
        if mayHaveBody {
            buffer.append(contentsOf: "Content-Length: ".utf8)
            buffer.appendDecimal(response.body.count)
            buffer.append(contentsOf: "\r\n".utf8)
        }
        if !keepAlive {
            buffer.append(contentsOf: "Connection: close\r\n".utf8)
        } else if version.minor == 0 {
            buffer.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        buffer.append(contentsOf: "\r\n".utf8)
        return mayHaveBody && method != .head && !response.body.isEmpty
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

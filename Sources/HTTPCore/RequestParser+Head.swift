import HTTPTypes

extension RequestParser {
    /// Scans for the end of the header section, enforcing the size limits as bytes arrive,
    /// then parses it in one pass.
    mutating func parseHead() throws(HTTPError) -> Step {
        let cr = HTTPSyntax.cr, lf = HTTPSyntax.lf
        var index = max(scanned, start)
        var headEnd: Int?
        while index < buffer.count {
            let byte = buffer[index]
            if byte == cr {
                guard index + 1 < buffer.count else { break }
                // RFC 9112 §2.2: a bare CR is invalid; we reject rather than replace it.
                guard buffer[index + 1] == lf else { throw bad("A bare CR is not a line ending.") }
            } else if byte == lf {
                // RFC 9112 §2.2: bare LF is refused (see the type's comment).
                guard index > start, buffer[index - 1] == cr else {
                    throw bad("Lines must end with CRLF; a bare LF is not accepted.")
                }
                if let lineEnd = requestLineEnd {
                    if index - 2 >= lineEnd, buffer[index - 2] == lf {
                        headEnd = index + 1
                        break
                    }
                    if index - lineEnd > limits.maxHeaderBytes { throw headerTooLarge() }
                } else if index == start + 1 {
                    // RFC 9112 §2.2: ignore empty lines received before the request-line.
                    start = index + 1
                } else {
                    guard index - 1 - start <= limits.maxRequestLineLength else { throw lineTooLong() }
                    requestLineEnd = index
                    // An HTTP/0.9 request line has no version and no header section to wait
                    // for, so answer it as soon as the line is complete.
                    if buffer[start..<index].lazy.filter({ $0 == HTTPSyntax.sp }).count < 2 {
                        let lineEnd = index
                        _ = try buffer.withUnsafeBufferPointer { bytes throws(HTTPError) in
                            try RequestLine(bytes[start..<(lineEnd - 1)], limits: limits)
                        }
                    }
                }
            }
            index += 1
        }
        scanned = index
        guard let headEnd, let lineEnd = requestLineEnd else {
            if requestLineEnd == nil, buffer.count - start > limits.maxRequestLineLength + 1 {
                throw lineTooLong()
            }
            if let lineEnd = requestLineEnd, buffer.count - lineEnd > limits.maxHeaderBytes + 2 {
                throw headerTooLarge()
            }
            return .needMoreData
        }
        let head = try buffer.withUnsafeBufferPointer { bytes throws(HTTPError) in
            try Self.parseHead(bytes, start: start, lineEnd: lineEnd, headEnd: headEnd, limits: limits)
        }
        start = headEnd
        scanned = headEnd
        requestLineEnd = nil
        pending = head.request
        continueRequested = head.request.expectsContinue
        switch head.framing {
        case .none: return .done
        case .length(let length): state = .fixedBody(length)
        case .chunked: state = .chunkSize
        }
        return .continue
    }

    enum Framing { case none, length(Int), chunked }

    /// Parses the request line and fields in `bytes[start..<headEnd]`; `lineEnd` is the LF of the
    /// request line.
    static func parseHead(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, lineEnd: Int, headEnd: Int, limits: HTTPLimits
    ) throws(HTTPError) -> (request: Request, framing: Framing) {
        let parsed = try RequestLine(bytes[start..<(lineEnd - 1)], limits: limits)
        var fields = HTTPFields()
        var framingFields = FramingFields()
        var lineStart = lineEnd + 1
        var count = 0
        while lineStart < headEnd - 2 {
            var crIndex = lineStart
            while bytes[crIndex] != HTTPSyntax.cr { crIndex += 1 }
            count += 1
            if count > limits.maxHeaderCount {
                throw HTTPError(.requestHeaderFieldsTooLarge,
                                detail: "More than \(limits.maxHeaderCount) header fields.")
            }
            let field = try FieldLine.parse(bytes[lineStart..<crIndex])
            framingFields.note(field, bytes: bytes)
            fields.append(field.httpField(bytes))
            lineStart = crIndex + 2
        }
        if let authority = parsed.target.authority {
            // RFC 9112 §3.2.2: an absolute-form authority replaces the Host field.
            fields[.hostField] = authority
        }
        // RFC 9112 §3.2: a server MUST answer 400 to an HTTP/1.1 request lacking Host, to any
        // request with more than one Host field line, and to a Host with an invalid value.
        if parsed.version.minor >= 1 && framingFields.hostCount == 0 {
            throw bad("HTTP/1.1 requests need a Host field.")
        }
        if framingFields.hostCount > 1 {
            throw bad("A request must have exactly one Host field.")
        }
        if let host = framingFields.host, !HostSyntax.isValid(host) {
            throw bad("The Host field is not a valid host[:port].")
        }
        let framing = try framingFields.framing(version: parsed.version, maxBodyBytes: limits.maxBodyBytes(forPath: parsed.target.path))
        // RFC 9110 §10.1.1: a server MAY answer 417 to an expectation other than 100-continue.
        if let other = framingFields.unsupportedExpectation {
            throw HTTPError(.expectationFailed, detail: "The expectation \(other.prefix(32)) is not supported.",
                            closesConnection: true)
        }
        var request = Request(
            method: parsed.method, target: parsed.rawTarget, path: parsed.target.path,
            query: parsed.target.query, version: parsed.version, headerFields: fields)
        // RFC 9110 §10.1.1: a 100-continue in an HTTP/1.0 request MUST be ignored, and one
        // without content needs no interim response.
        request.expectsContinue = framingFields.expectsContinue && parsed.version.minor >= 1
        if case .none = framing { request.expectsContinue = false }
        return (request, framing)
    }

    func bad(_ detail: String) -> HTTPError {
        HTTPError(.badRequest, detail: detail, closesConnection: true)
    }

    static func bad(_ detail: String) -> HTTPError {
        HTTPError(.badRequest, detail: detail, closesConnection: true)
    }

    func lineTooLong() -> HTTPError {
        HTTPError(.uriTooLong, detail: "The request line is longer than \(limits.maxRequestLineLength) bytes.",
                  closesConnection: true)
    }

    func headerTooLarge() -> HTTPError {
        HTTPError(.requestHeaderFieldsTooLarge,
                  detail: "The header section is larger than \(limits.maxHeaderBytes) bytes.",
                  closesConnection: true)
    }
}

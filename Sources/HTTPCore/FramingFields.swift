/// The fields that decide where a request's body ends (RFC 9112 §6), gathered while parsing.
struct FramingFields {
    var hostCount = 0
    /// The Host value, when exactly one was seen so far.
    var host: UnsafeBufferPointer<UInt8>.SubSequence?
    /// `Expect: 100-continue` was sent (RFC 9110 §10.1.1).
    var expectsContinue = false
    /// An expectation other than 100-continue, for the 417.
    var unsupportedExpectation: String?
    var contentLengths: [UnsafeBufferPointer<UInt8>.SubSequence] = []
    var transferCodings: [String] = []
    var hasTransferEncoding = false

    /// Records `field` if it is one of Host, Content-Length or Transfer-Encoding.
    mutating func note(_ field: FieldLine, bytes: UnsafeBufferPointer<UInt8>) {
        let name = bytes[field.name]
        if HTTPSyntax.equalsLowercase(name, "host") {
            hostCount += 1
            host = bytes[field.value]
        } else if HTTPSyntax.equalsLowercase(name, "expect") {
            // RFC 9110 §10.1.1: `Expect = #expectation`; only 100-continue is defined, compared
            // case-insensitively. Empty list elements are ignored (§5.6.1).
            for element in bytes[field.value].split(separator: UInt8(ascii: ",")) {
                let expectation = String(decoding: element, as: UTF8.self).trimmingWhitespace().lowercased()
                if expectation == "100-continue" {
                    expectsContinue = true
                } else if !expectation.isEmpty {
                    unsupportedExpectation = expectation
                }
            }
        } else if HTTPSyntax.equalsLowercase(name, "content-length") {
            contentLengths.append(bytes[field.value])
        } else if HTTPSyntax.equalsLowercase(name, "transfer-encoding") {
            hasTransferEncoding = true
            // RFC 9110 §5.6.1: a list; empty elements are ignored. Codings are case-insensitive.
            for element in bytes[field.value].split(separator: UInt8(ascii: ",")) {
                let coding = String(decoding: element, as: UTF8.self)
                    .trimmingWhitespace().lowercased()
                if !coding.isEmpty { transferCodings.append(coding) }
            }
        }
    }

    /// How the body is framed (RFC 9112 §6.3), or the error that framing problems deserve.
    func framing(version: HTTPVersion, maxBodyBytes: Int) throws(HTTPError) -> RequestParser.Framing {
        if hasTransferEncoding {
            // RFC 9112 §6.1: Transfer-Encoding in HTTP/1.0 means faulty framing.
            guard version.minor >= 1 else {
                throw RequestTarget.bad("Transfer-Encoding is not allowed in an HTTP/1.0 request.")
            }
            // RFC 9112 §6.1: a server MAY reject a request with both; we do, since the pair is
            // the classic request-smuggling vector.
            guard contentLengths.isEmpty else {
                throw RequestTarget.bad("A request must not have both Content-Length and Transfer-Encoding.")
            }
            // RFC 9112 §6.3 (3): if chunked is not the final coding, the length cannot be
            // determined; the server MUST answer 400 and close.
            guard transferCodings.last == "chunked" else {
                throw RequestTarget.bad("The final transfer coding must be chunked.")
            }
            // RFC 9112 §7.1: chunked MUST NOT be applied more than once.
            let others = transferCodings.dropLast()
            if others.contains("chunked") {
                throw RequestTarget.bad("The chunked coding is applied more than once.")
            }
            // RFC 9112 §6.1: a coding the server does not understand SHOULD get 501. We decode
            // none but chunked (gzip, deflate, compress included).
            if let other = others.first {
                throw HTTPError(.notImplemented, detail: "The transfer coding \(other.prefix(32)) is not implemented.")
            }
            return .chunked
        }
        guard !contentLengths.isEmpty else {
            // RFC 9112 §6.3 (7): a request without either has no body.
            return .none
        }
        // RFC 9110 §8.6: a list of identical values or identical repeated fields (`5, 5`) MAY
        // be replaced by the single value or rejected as invalid; any other list is invalid,
        // an unrecoverable framing error answered 400 (RFC 9112 §6.3 (5)). A proxy in front may
        // read a repeat differently than we would, so like nginx we refuse every repeat: exactly
        // one field holding one number, and the body's end is never ambiguous.
        guard contentLengths.count == 1, let field = contentLengths.first,
              !field.contains(UInt8(ascii: ",")) else {
            throw RequestTarget.bad("Content-Length must be sent once, as a single value.")
        }
        var digits = field[...]
        while let first = digits.first, HTTPSyntax.isWhitespace(first) { digits = digits.dropFirst() }
        while let last = digits.last, HTTPSyntax.isWhitespace(last) { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw RequestTarget.bad("Content-Length is not a non-negative integer.")
        }
        var length = 0
        var tooLarge = false
        for digit in digits {
            let (times10, overflow1) = length.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - 0x30))
            if overflow1 || overflow2 { tooLarge = true; break }
            length = sum
        }
        if tooLarge || length > maxBodyBytes {
            throw HTTPError(.contentTooLarge, detail: "The body is larger than \(maxBodyBytes) bytes.")
        }
        return length == 0 ? .none : .length(length)
    }
}

extension String {
    /// Without leading and trailing SP and HTAB (OWS, RFC 9110 §5.6.3).
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

import HTTPTypes

/// A request-target (RFC 9112 §3.2) split into the decoded, normalised path and query that
/// routing sees. Decoding happens once here, so no handler ever sees `..` or `%2F`.
struct RequestTarget {
    var path: String
    var query: QueryParameters
    /// The authority of an absolute-form target, which replaces `Host` (RFC 9112 §3.2.2).
    var authority: String?

    typealias Bytes = UnsafeBufferPointer<UInt8>.SubSequence

    /// Parses `target` for `method`; throws 400 or 414 (`closesConnection` is set by the caller).
    init(_ target: Bytes, method: HTTPRequest.Method, limits: HTTPLimits) throws(HTTPError) {
        guard let first = target.first else { throw Self.bad("The request target is empty.") }
        var pathStart = target.startIndex
        authority = nil
        if first == UInt8(ascii: "*") {
            // RFC 9112 §3.2.4: asterisk-form is only for a server-wide OPTIONS.
            guard target.count == 1, method == .options else {
                throw Self.bad("The asterisk-form target is only allowed with OPTIONS.")
            }
            path = "*"
            query = QueryParameters()
            return
        } else if first != UInt8(ascii: "/") {
            // RFC 9112 §3.2.2: a server MUST accept absolute-form; authority-form (§3.2.3) is only
            // for CONNECT, which is answered 501 before we get here.
            let schemeEnd: Int
            if target.count >= 7, HTTPSyntax.equalsLowercase(target.prefix(7), "http://") {
                schemeEnd = target.startIndex + 7
            } else if target.count >= 8, HTTPSyntax.equalsLowercase(target.prefix(8), "https://") {
                schemeEnd = target.startIndex + 8
            } else {
                throw Self.bad("The request target must be a path or an absolute http URI.")
            }
            var index = schemeEnd
            while index < target.endIndex, target[index] != UInt8(ascii: "/"), target[index] != UInt8(ascii: "?") {
                index += 1
            }
            guard index > schemeEnd else { throw Self.bad("The absolute URI has no authority.") }
            // RFC 9110 §4.2.4: userinfo in an http(s) URI is an error; the authority must be a
            // valid host[:port] like a Host value (RFC 9112 §3.2.2).
            guard HostSyntax.isValid(target[schemeEnd..<index]) else {
                throw Self.bad("The absolute URI's authority is not a valid host[:port].")
            }
            authority = String(decoding: target[schemeEnd..<index], as: UTF8.self)
            pathStart = index
        }
        var queryStart = target.endIndex
        // A plain path (ASCII, no escapes, no `/.`) is used as it is: the common case.
        var isPlain = true
        var previous: UInt8 = 0
        for index in pathStart..<target.endIndex {
            let byte = target[index]
            if byte == UInt8(ascii: "?") { queryStart = index; break }
            // RFC 9112 §3.2: a fragment is never sent; controls are not URI characters (RFC 3986 §2).
            if byte == UInt8(ascii: "#") { throw Self.bad("The request target must not contain a fragment.") }
            if byte < 0x21 || byte == 0x7F { throw Self.bad("The request target contains a control character.") }
            if byte == UInt8(ascii: "%") || byte >= 0x80 || (byte == UInt8(ascii: ".") && previous == UInt8(ascii: "/")) {
                isPlain = false
            }
            previous = byte
        }
        if pathStart == queryStart {
            path = "/"
        } else if isPlain {
            path = String(decoding: target[pathStart..<queryStart], as: UTF8.self)
        } else {
            let decodedPath = try PercentDecoding.decodePath(target[pathStart..<queryStart])
            path = try Self.utf8(PathNormalizer.removeDotSegments(decodedPath), what: "path")
        }
        if queryStart < target.endIndex {
            let raw = target[(queryStart + 1)...]
            guard raw.count <= limits.maxQueryLength else {
                throw HTTPError(.uriTooLong, detail: "The query is longer than \(limits.maxQueryLength) bytes.")
            }
            query = try Self.decodeQuery(raw)
        } else {
            query = QueryParameters()
        }
    }

    /// `application/x-www-form-urlencoded`-style pairs: `&`-separated, `+` is a space.
    private static func decodeQuery(_ raw: Bytes) throws(HTTPError) -> QueryParameters {
        var items: [QueryParameters.Item] = []
        for pair in raw.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            for byte in pair where byte < 0x21 || byte == 0x7F || byte == UInt8(ascii: "#") {
                throw bad("The query contains a character that must be percent-encoded.")
            }
            let equals = pair.firstIndex(of: UInt8(ascii: "=")) ?? pair.endIndex
            let name = try utf8(PercentDecoding.decodeQueryComponent(pair[..<equals]), what: "query")
            let value = equals < pair.endIndex
                ? try utf8(PercentDecoding.decodeQueryComponent(pair[(equals + 1)...]), what: "query")
                : ""
            items.append(QueryParameters.Item(name: name, value: value))
        }
        return QueryParameters(items)
    }

    private static func utf8(_ bytes: [UInt8], what: String) throws(HTTPError) -> String {
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw bad("The \(what) is not valid UTF-8 after percent-decoding.")
        }
        return string
    }

    static func bad(_ detail: String) -> HTTPError {
        HTTPError(.badRequest, detail: detail, closesConnection: true)
    }
}

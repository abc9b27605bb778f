/// Percent-decoding (RFC 3986 §2.1) for paths and query components.
enum PercentDecoding {
    typealias Bytes = UnsafeBufferPointer<UInt8>.SubSequence

    /// Decodes a path. An encoded `/` (`%2F`) or NUL is refused: routing and the static-file root
    /// check work on segments, and a slash that is not a separator would blur them.
    static func decodePath(_ raw: Bytes) throws(HTTPError) -> [UInt8] {
        try decode(raw, plusIsSpace: false) { byte throws(HTTPError) in
            if byte == UInt8(ascii: "/") {
                throw RequestTarget.bad("An encoded slash (%2F) is not allowed in the path.")
            }
            if byte == 0 { throw RequestTarget.bad("An encoded NUL is not allowed in the path.") }
        }
    }

    /// Decodes a query name or value; `+` means space (HTML form encoding).
    static func decodeQueryComponent(_ raw: Bytes) throws(HTTPError) -> [UInt8] {
        try decode(raw, plusIsSpace: true) { _ throws(HTTPError) in }
    }

    private static func decode(
        _ raw: Bytes, plusIsSpace: Bool, check: (UInt8) throws(HTTPError) -> Void
    ) throws(HTTPError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < raw.endIndex,
                      let high = HTTPSyntax.hexValue(raw[index + 1]),
                      let low = HTTPSyntax.hexValue(raw[index + 2]) else {
                    throw RequestTarget.bad("The request target has an invalid percent-encoding.")
                }
                let decoded = UInt8(high << 4 | low)
                try check(decoded)
                out.append(decoded)
                index += 3
            } else {
                out.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return out
    }
}

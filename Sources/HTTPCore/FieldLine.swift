import HTTPTypes

/// One `field-name ":" OWS field-value OWS` line (RFC 9112 §5), as ranges into the head bytes.
struct FieldLine {
    var name: Range<Int>
    var value: Range<Int>

    typealias Bytes = UnsafeBufferPointer<UInt8>.SubSequence

    /// Parses `line` (without CRLF), refusing what RFC 9112 tells a server to refuse.
    static func parse(_ line: Bytes) throws(HTTPError) -> FieldLine {
        guard let first = line.first else { throw RequestTarget.bad("A field line is empty.") }
        // RFC 9112 §5.2: obs-fold is deprecated; a server MUST reject it (400) or replace it.
        if HTTPSyntax.isWhitespace(first) {
            throw RequestTarget.bad("Folded field lines (obs-fold) are not accepted.")
        }
        guard let colon = line.firstIndex(of: HTTPSyntax.colon) else {
            throw RequestTarget.bad("A field line has no colon.")
        }
        let name = line[line.startIndex..<colon]
        // RFC 9112 §5.1: whitespace between field name and colon MUST be rejected with 400.
        if let last = name.last, HTTPSyntax.isWhitespace(last) {
            throw RequestTarget.bad("Whitespace between a field name and its colon is not allowed.")
        }
        guard !name.isEmpty, name.allSatisfy(HTTPSyntax.isToken) else {
            throw RequestTarget.bad("A field name is not a valid token.")
        }
        var valueStart = colon + 1
        var valueEnd = line.endIndex
        while valueStart < valueEnd, HTTPSyntax.isWhitespace(line[valueStart]) { valueStart += 1 }
        while valueEnd > valueStart, HTTPSyntax.isWhitespace(line[valueEnd - 1]) { valueEnd -= 1 }
        // RFC 9110 §5.5: CR, LF and NUL in a value MUST be rejected or replaced; we reject them
        // and the other controls.
        for index in valueStart..<valueEnd where !HTTPSyntax.isFieldValueByte(line[index]) {
            throw RequestTarget.bad("A field value contains a control character.")
        }
        return FieldLine(name: line.startIndex..<colon, value: valueStart..<valueEnd)
    }

    /// The field as an `HTTPField`; well-known names skip validation.
    func httpField(_ bytes: UnsafeBufferPointer<UInt8>) -> HTTPField {
        let nameBytes = bytes[name]
        let fieldName: HTTPField.Name
        if HTTPSyntax.equalsLowercase(nameBytes, "host") {
            fieldName = .hostField
        } else if HTTPSyntax.equalsLowercase(nameBytes, "user-agent") {
            fieldName = .userAgent
        } else if HTTPSyntax.equalsLowercase(nameBytes, "accept") {
            fieldName = .accept
        } else if HTTPSyntax.equalsLowercase(nameBytes, "connection") {
            fieldName = .connection
        } else {
            // The name is already checked to be a token, which is exactly what the initializer
            // accepts, so this cannot fail.
            fieldName = HTTPField.Name(String(decoding: nameBytes, as: UTF8.self))!
        }
        return HTTPField(name: fieldName, value: bytes[value])
    }
}

import HTTPTypes

/// The chunked transfer coding (RFC 9112 §7.1).
extension RequestParser {
    /// `chunk-size [ chunk-ext ] CRLF`.
    mutating func parseChunkSize() throws(HTTPError) -> Step {
        guard let lineEnd = try findLine(limit: limits.maxChunkLineLength, tooLong: {
            RequestParser.bad("A chunk-size line is longer than \(limits.maxChunkLineLength) bytes.")
        }) else { return .needMoreData }
        let size = try buffer.withUnsafeBufferPointer { bytes throws(HTTPError) in
            try ChunkLine.size(of: bytes[start..<(lineEnd - 1)])
        }
        start = lineEnd + 1
        let received = pending?.body.count ?? 0
        let maxBodyBytes = limits.maxBodyBytes(forPath: pending?.path ?? "")
        if size > maxBodyBytes - received {
            throw HTTPError(.contentTooLarge, detail: "The body is larger than \(maxBodyBytes) bytes.")
        }
        state = size == 0 ? .trailers(count: 0, bytes: 0) : .chunkData(size)
        return .continue
    }

    /// Copies up to `remaining` bytes of chunk data into the pending body.
    mutating func takeChunkData(_ remaining: Int) throws(HTTPError) -> Step {
        let available = min(remaining, buffer.count - start)
        guard available > 0 else { return .needMoreData }
        pending?.body.append(contentsOf: buffer[start..<(start + available)])
        start += available
        state = available == remaining ? .chunkDataEnd : .chunkData(remaining - available)
        return .continue
    }

    /// The CRLF after chunk data.
    mutating func parseChunkDataEnd() throws(HTTPError) -> Step {
        guard buffer.count - start >= 2 else { return .needMoreData }
        guard buffer[start] == HTTPSyntax.cr, buffer[start + 1] == HTTPSyntax.lf else {
            throw RequestParser.bad("Chunk data is not followed by CRLF.")
        }
        start += 2
        state = .chunkSize
        return .continue
    }

    /// One trailer field line, or the empty line ending the message (RFC 9112 §7.1.2). Trailers
    /// are validated like header fields and counted against the header limits, then dropped:
    /// RFC 9110 §6.5.1 forbids merging them into the header section unless known to be safe,
    /// and no handler here needs them.
    mutating func parseTrailer(count: Int, bytes used: Int) throws(HTTPError) -> Step {
        let remaining = limits.maxHeaderBytes - used
        guard let lineEnd = try findLine(limit: remaining, tooLong: {
            HTTPError(.requestHeaderFieldsTooLarge, detail: "The trailer section is too large.")
        }) else { return .needMoreData }
        if lineEnd == start + 1 {
            start = lineEnd + 1
            return .done
        }
        guard count + 1 <= limits.maxHeaderCount else {
            throw HTTPError(.requestHeaderFieldsTooLarge, detail: "Too many trailer fields.")
        }
        _ = try buffer.withUnsafeBufferPointer { bytes throws(HTTPError) in
            try FieldLine.parse(bytes[start..<(lineEnd - 1)])
        }
        state = .trailers(count: count + 1, bytes: used + lineEnd + 1 - start)
        start = lineEnd + 1
        return .continue
    }

    /// The index of the LF ending the line at `start`, nil if not yet buffered. Throws on a bare
    /// LF (RFC 9112 §2.2) or when the line exceeds `limit` bytes.
    private func findLine(limit: Int, tooLong: () -> HTTPError) throws(HTTPError) -> Int? {
        let end = min(buffer.count, start + limit + 2)
        var index = start
        while index < end {
            if buffer[index] == HTTPSyntax.lf {
                guard index > start, buffer[index - 1] == HTTPSyntax.cr else {
                    throw RequestParser.bad("Lines must end with CRLF; a bare LF is not accepted.")
                }
                return index
            }
            index += 1
        }
        if end - start >= limit + 2 { throw tooLong() }
        return nil
    }
}

/// The syntax of a chunk-size line.
enum ChunkLine {
    /// Parses `chunk-size *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )`;
    /// extensions are checked and ignored (RFC 9112 §7.1.1).
    static func size(of line: UnsafeBufferPointer<UInt8>.SubSequence) throws(HTTPError) -> Int {
        var index = line.startIndex
        var size = 0
        while index < line.endIndex, let digit = HTTPSyntax.hexValue(line[index]) {
            // RFC 9112 §7.1: recipients MUST anticipate large sizes and prevent overflow.
            guard size <= (Int.max - digit) / 16 else {
                throw RequestParser.bad("The chunk size overflows.")
            }
            size = size * 16 + digit
            index += 1
        }
        guard index > line.startIndex else { throw RequestParser.bad("The chunk size is not hexadecimal.") }
        func skipWhitespace() {
            while index < line.endIndex, HTTPSyntax.isWhitespace(line[index]) { index += 1 }
        }
        func token() -> Bool {
            let begin = index
            while index < line.endIndex, HTTPSyntax.isToken(line[index]) { index += 1 }
            return index > begin
        }
        while true {
            skipWhitespace()
            guard index < line.endIndex else { return size }
            guard line[index] == UInt8(ascii: ";") else { throw RequestParser.bad("The chunk extension is malformed.") }
            index += 1
            skipWhitespace()
            guard token() else { throw RequestParser.bad("A chunk extension name is not a token.") }
            skipWhitespace()
            guard index < line.endIndex, line[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipWhitespace()
            if index < line.endIndex, line[index] == UInt8(ascii: "\"") {
                guard skipQuotedString(line, &index) else {
                    throw RequestParser.bad("A chunk extension value is not a valid quoted-string.")
                }
            } else if !token() {
                throw RequestParser.bad("A chunk extension value is not a token.")
            }
        }
    }

    /// RFC 9110 §5.6.4 quoted-string; `index` is at the opening quote.
    private static func skipQuotedString(_ line: UnsafeBufferPointer<UInt8>.SubSequence, _ index: inout Int) -> Bool {
        index += 1
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "\"") { index += 1; return true }
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < line.endIndex, HTTPSyntax.isFieldValueByte(line[index]) else { return false }
            } else if !HTTPSyntax.isFieldValueByte(byte) {
                return false
            }
            index += 1
        }
        return false
    }
}

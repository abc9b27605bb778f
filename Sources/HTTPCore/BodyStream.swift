/// A response body produced piece by piece while it is sent, so a large download (an export of
/// the whole corpus) never sits in memory whole. The value only knows how to start a pass; the
/// server starts one per response that carries a body (never for `HEAD`), asks it for the next
/// piece whenever its output queue has drained below a bound, and drops it when the client goes.
public struct BodyStream: Sendable {
    /// The next piece of the body, or nil once it is complete. Called on one thread at a time
    /// (the connection's), so it may keep its position in captured mutable state.
    public typealias Chunks = () -> [UInt8]?

    private let start: @Sendable () -> Chunks

    /// A body whose pieces come from the function `start` returns; `start` runs once per
    /// response sent, on the connection's thread.
    public init(_ start: @escaping @Sendable () -> Chunks) {
        self.start = start
    }

    /// Starts a pass over the body.
    public func makeChunks() -> Chunks {
        start()
    }

    /// The whole body at once (for tests and tools that answer without a socket).
    public func collect() -> [UInt8] {
        let next = makeChunks()
        var bytes: [UInt8] = []
        while let chunk = next() { bytes += chunk }
        return bytes
    }
}

/// The chunked transfer coding (RFC 9112 §7.1): each piece as its size in hex, CRLF, the bytes,
/// CRLF; the body ends with a zero-size chunk and an empty trailer section.
public enum ChunkedCoding {
    /// The size line of a chunk of `count` bytes (`count` > 0: a zero size ends the body).
    public static func appendSizeLine(_ count: Int, into buffer: inout [UInt8]) {
        precondition(count > 0, "a zero-size chunk ends the body")
        let digits = Array(String(count, radix: 16).utf8)
        buffer.append(contentsOf: digits)
        buffer.append(contentsOf: crlf)
    }

    /// The line break after a chunk's bytes.
    public static let crlf: [UInt8] = [0x0D, 0x0A]

    /// The last chunk and an empty trailer section (RFC 9112 §7.1, §7.1.2).
    public static let end: [UInt8] = Array("0\r\n\r\n".utf8)

    /// `pieces` framed as one chunked body (for tests).
    public static func encode(_ pieces: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        for piece in pieces where !piece.isEmpty {
            appendSizeLine(piece.count, into: &out)
            out += piece
            out += crlf
        }
        return out + end
    }
}

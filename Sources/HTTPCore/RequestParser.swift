/// An incremental HTTP/1.1 request parser (RFC 9112): a pure state machine value.
///
/// Feed it bytes with `append(_:)`, then call `next()` until it answers `.needMoreData`.
/// Bytes after a complete request stay buffered for the next one, so pipelining works.
/// After an error the parser stays failed: every error closes the connection, because once
/// framing is in doubt nothing after it can be trusted (RFC 9112 §6.3, §11.2).
///
/// Line endings (RFC 9112 §2.2): only CRLF ends a line. A bare LF or a bare CR is answered 400
/// rather than tolerated: the RFC lets a recipient accept bare LF, but proxies that disagree on
/// line ends are the raw material of request smuggling, so we pick the strict reading.
/// Empty lines before a request line are skipped, as §2.2 recommends.
public struct RequestParser: Sendable {
    /// What `next()` found.
    public enum Result: Sendable {
        /// The buffered bytes do not yet hold a complete request.
        case needMoreData
        /// A complete request; more may follow in the buffer.
        case request(Request)
        /// The request is malformed or over a limit; answer it and close the connection.
        case error(HTTPError)
    }

    enum State: Sendable {
        case head
        case fixedBody(Int)
        case chunkSize
        case chunkData(Int)
        case chunkDataEnd
        case trailers(count: Int, bytes: Int)
        case failed(HTTPError)
    }

    /// The limits this parser enforces.
    public let limits: HTTPLimits
    var buffer: [UInt8] = []
    /// Index of the first byte not yet consumed.
    var start = 0
    /// How far the head scan got, so byte-at-a-time input stays linear.
    var scanned = 0
    /// Where the request line ended (its LF), once seen.
    var requestLineEnd: Int?
    var state: State = .head
    /// The request whose body is being read.
    var pending: Request?
    /// The pending request asked for `100 Continue` and has not been answered yet.
    var continueRequested = false

    /// A parser enforcing `limits`.
    public init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
    }

    /// Buffers `bytes` for parsing.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
    }

    /// Buffers `bytes` for parsing.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Unconsumed bytes: part of a request, or pipelined requests not yet parsed.
    public var bufferedByteCount: Int { buffer.count - start }

    /// Whether the parser is between requests with nothing buffered (an idle connection).
    public var isIdle: Bool {
        if case .head = state { return bufferedByteCount == 0 }
        return false
    }

    /// Whether the header section of the current request is complete and its body is being read.
    public var isReadingBody: Bool {
        switch state {
        case .head, .failed: false
        default: true
        }
    }

    /// Whether the connection should now send `100 Continue` (RFC 9110 §15.2.1): the header
    /// section of a request with `Expect: 100-continue` was accepted and its body is still
    /// awaited. Answers true once per request.
    public mutating func takeContinueRequest() -> Bool {
        guard continueRequested, isReadingBody else { return false }
        continueRequested = false
        return true
    }

    /// Parses as far as the buffered bytes allow.
    public mutating func next() -> Result {
        while true {
            let step: Step
            do {
                switch state {
                case .failed(let error): return .error(error)
                case .head: step = try parseHead()
                case .fixedBody(let length): step = takeFixedBody(length)
                case .chunkSize: step = try parseChunkSize()
                case .chunkData(let remaining): step = try takeChunkData(remaining)
                case .chunkDataEnd: step = try parseChunkDataEnd()
                case .trailers(let count, let bytes): step = try parseTrailer(count: count, bytes: bytes)
                }
            } catch {
                var failure = error
                failure.closesConnection = true
                state = .failed(failure)
                pending = nil
                return .error(failure)
            }
            switch step {
            case .continue: continue
            case .needMoreData:
                compact()
                return .needMoreData
            case .done:
                state = .head
                continueRequested = false
                let request = pending
                pending = nil
                compact()
                if let request { return .request(request) }
            }
        }
    }

    enum Step {
        case `continue`
        case needMoreData
        case done
    }

    private mutating func takeFixedBody(_ length: Int) -> Step {
        guard buffer.count - start >= length else { return .needMoreData }
        pending?.body = Array(buffer[start..<(start + length)])
        start += length
        return .done
    }

    /// Drops consumed bytes once they are all consumed or dominate the buffer.
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            scanned = 0
            requestLineEnd = requestLineEnd.map { $0 - start }
            start = 0
        } else if start > 4096 && start > buffer.count / 2 {
            buffer.removeFirst(start)
            scanned = max(0, scanned - start)
            requestLineEnd = requestLineEnd.map { $0 - start }
            start = 0
        }
    }
}

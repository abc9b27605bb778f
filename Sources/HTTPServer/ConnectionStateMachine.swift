import HTTPCore

/// One connection's life as a value: idle → reading a request → writing the response → idle
/// again or closed. The I/O code reports events with the current time and carries out the
/// returned actions; all timeout decisions live here, so they are tested with a fake clock.
struct ConnectionStateMachine {
    typealias Instant = ContinuousClock.Instant

    enum Phase: Equatable {
        /// Between requests (keep-alive), since the given time.
        case idle(since: Instant)
        /// Reading a request's header section, since its first byte; `bytes` counts what arrived.
        case readingHead(started: Instant, bytes: Int)
        /// Reading a request's body; `bytes` counts what arrived since the request started.
        case readingBody(started: Instant, bytes: Int)
        /// A complete request is being answered (the handler may take long: a bulk import); no
        /// read deadline or transfer rate applies until its response is queued.
        case handling(since: Instant)
        /// A response is queued and not yet fully sent.
        case writing(since: Instant)
        case closed
    }

    /// What the connection must do.
    enum Action: Equatable {
        case none
        /// Close now, without a response.
        case close
        /// Answer with this error (a problem response) and close.
        case respondAndClose(HTTPError)
    }

    let limits: HTTPLimits
    private(set) var phase: Phase
    private(set) var requestsServed = 0
    private(set) var isShuttingDown = false
    /// Set once a response or the peer has said the connection ends after the current write.
    private(set) var closeAfterWrite = false

    /// Whether the phase is `.closed` (a pattern match: cheaper than comparing whole phases).
    var isClosed: Bool {
        if case .closed = phase { return true }
        return false
    }

    init(limits: HTTPLimits, now: Instant) {
        self.limits = limits
        self.phase = .idle(since: now)
    }

    /// Bytes arrived. `parserIdle`: the parser holds nothing (e.g. only skipped empty lines);
    /// `readingBody`: the parser is past the header section.
    mutating func bytesReceived(_ count: Int, parserIdle: Bool, readingBody: Bool, now: Instant) {
        switch phase {
        case .idle:
            if !parserIdle {
                phase = readingBody ? .readingBody(started: now, bytes: count) : .readingHead(started: now, bytes: count)
            }
        case .readingHead(let started, let bytes):
            phase = readingBody ? .readingBody(started: started, bytes: bytes + count)
                                : .readingHead(started: started, bytes: bytes + count)
        case .readingBody(let started, let bytes):
            phase = .readingBody(started: started, bytes: bytes + count)
        case .handling, .writing, .closed:
            break
        }
    }

    /// A whole request was parsed and goes to its handler: its reading time ends here, so a
    /// slow handler is never taken for a slow client (a 408 after the change was made).
    mutating func requestReceived(now: Instant) {
        switch phase {
        case .readingHead, .readingBody, .idle: phase = .handling(since: now)
        case .handling, .writing, .closed: break
        }
    }

    /// A response is about to be queued. Returns whether the connection may stay open after it:
    /// the client's wish, narrowed by the per-connection request cap and shutdown (RFC 9112 §9.6:
    /// the server then sends `Connection: close`).
    mutating func responseQueued(clientKeepAlive: Bool, now: Instant) -> Bool {
        requestsServed += 1
        let keepAlive = clientKeepAlive && !isShuttingDown && !closeAfterWrite
            && requestsServed < limits.maxRequestsPerConnection
        if !keepAlive { closeAfterWrite = true }
        if !isClosed { phase = .writing(since: now) }
        return keepAlive
    }

    /// Some queued bytes were sent while more remain (a long or streamed body): a write that
    /// keeps moving is not idle, so the idle timeout counts from here.
    mutating func writeProgressed(now: Instant) {
        if case .writing = phase { phase = .writing(since: now) }
    }

    /// Every queued byte was sent. `parserIdle` as in `bytesReceived`.
    mutating func writeFinished(parserIdle: Bool, now: Instant) -> Action {
        guard !isClosed else { return .none }
        if closeAfterWrite {
            phase = .closed
            return .close
        }
        // An interim 100 Continue was written while the body is still arriving, or an earlier
        // response while the next request is being handled.
        if case .readingBody = phase { return .none }
        if case .handling = phase { return .none }
        phase = parserIdle ? .idle(since: now) : .readingHead(started: now, bytes: 0)
        return .none
    }

    /// The peer closed its sending side: finish the write in progress, if any, then close.
    mutating func peerClosed() -> Action {
        closeAfterWrite = true
        if case .writing = phase { return .none }
        if case .handling = phase { return .none }
        phase = .closed
        return .close
    }

    /// The server is stopping: close now if idle, otherwise after the current response.
    mutating func beginShutdown() -> Action {
        isShuttingDown = true
        closeAfterWrite = true
        if case .idle = phase {
            phase = .closed
            return .close
        }
        return .none
    }

    /// A timer tick: enforces the idle timeout, the header-read deadline and the minimum
    /// transfer rate. A stalled write counts against the idle timeout.
    mutating func tick(now: Instant) -> Action {
        switch phase {
        case .idle(let since):
            // RFC 9112 §9.5: a server may close an idle connection at any time; no response.
            guard now - since >= limits.idleTimeout else { return .none }
            phase = .closed
            return .close
        case .readingHead(let started, let bytes):
            // RFC 9110 §15.5.9: 408 when the server gives up waiting for the request. The
            // deadline bounds the head; the rate check catches a trickle (slowloris) sooner.
            if now - started >= limits.headerReadTimeout {
                return timeOut(now, "The request header section did not arrive within the time limit.")
            }
            if isTooSlow(started: started, bytes: bytes, now: now) {
                return timeOut(now, "The request header section arrived slower than \(limits.minTransferRate) bytes per second.")
            }
            return .none
        case .readingBody(let started, let bytes):
            guard isTooSlow(started: started, bytes: bytes, now: now) else { return .none }
            return timeOut(now, "The request body arrived slower than \(limits.minTransferRate) bytes per second.")
        case .handling:
            return .none
        case .writing(let since):
            guard now - since >= limits.idleTimeout else { return .none }
            phase = .closed
            return .close
        case .closed:
            return .none
        }
    }

    private func isTooSlow(started: Instant, bytes: Int, now: Instant) -> Bool {
        let elapsed = now - started
        guard limits.minTransferRate > 0, elapsed > limits.minTransferRateGrace else { return false }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(bytes) / seconds < Double(limits.minTransferRate)
    }

    private mutating func timeOut(_ now: Instant, _ detail: String) -> Action {
        phase = .writing(since: now)
        closeAfterWrite = true
        return .respondAndClose(HTTPError(.requestTimeout, detail: detail, closesConnection: true))
    }

    /// Marks the connection closed (after an I/O error or a forced close).
    mutating func closed() {
        phase = .closed
    }
}

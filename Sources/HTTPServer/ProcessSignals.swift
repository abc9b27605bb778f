import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide signal set-up for the server executable.
public enum ProcessSignals {
    /// Ignores SIGPIPE, so a write to a socket the peer closed fails with EPIPE instead of
    /// killing the process (sends also pass MSG_NOSIGNAL; this covers everything else).
    public static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Runs `handler` once, on `queue`, on the first SIGTERM or SIGINT. Keep the returned
    /// observation alive for as long as the handler should stay installed.
    public static func onTermination(
        queue: DispatchQueue = .main, _ handler: @escaping @Sendable () -> Void
    ) -> TerminationObservation {
        TerminationObservation(queue: queue, handler: handler)
    }
}

/// The signal sources installed by `ProcessSignals.onTermination`.
///
/// `@unchecked Sendable`: `fired` is only touched on the signal sources' serial queue; the
/// sources themselves are only cancelled, which libdispatch makes thread-safe.
public final class TerminationObservation: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []
    private var fired = false
    private let queue: DispatchQueue

    init(queue: DispatchQueue, handler: @escaping @Sendable () -> Void) {
        self.queue = queue
        for signalNumber in [SIGTERM, SIGINT] {
            // The default action would kill the process before the source sees the signal.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [unowned self] in
                dispatchPrecondition(condition: .onQueue(self.queue))
                guard !fired else { return }
                fired = true
                handler()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Removes the sources (the signals stay ignored).
    public func cancel() {
        for source in sources { source.cancel() }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}

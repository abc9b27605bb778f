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

    /// Blocks SIGTERM and SIGINT in the calling thread, so that they stay pending for the
    /// Dispatch signal sources (signalfd on Linux) instead of taking their default action or
    /// being discarded. Call it first thing on the main thread, before other threads exist:
    /// threads inherit the mask of the thread that creates them.
    ///
    /// Why not `SIG_IGN`: the kernel may discard an ignored signal at once unless the target thread
    /// blocks it; blocking in every thread (TLPI §33.2.4) keeps it pending for the source. A test
    /// run once hung with a server that never saw its SIGTERM under the `SIG_IGN` scheme.
    public static func blockTerminationSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Runs `handler` once, on `queue`, on the first SIGTERM or SIGINT. Blocks both signals in
    /// the calling thread (see `blockTerminationSignals`). Keep the returned observation alive
    /// for as long as the handler should stay installed.
    public static func onTermination(
        queue: DispatchQueue = .main, _ handler: @escaping @Sendable () -> Void
    ) -> TerminationObservation {
        blockTerminationSignals()
        return TerminationObservation(queue: queue, handler: handler)
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

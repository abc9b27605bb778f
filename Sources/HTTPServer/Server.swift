import Dispatch
import HTTPCore
import HTTPTypes
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTTP/1.1 server: a non-blocking listener driven by a Dispatch read source hands each
/// accepted socket, as a `Connection`, to one of its `EventLoop`s (one per usable CPU), which
/// does the connection's I/O and runs its handlers.
public final class Server: Sendable {
    /// Where it listens and the limits it enforces.
    public let configuration: ServerConfiguration
    private let responder: any Responder
    private let logger: Logger
    /// Request counts, latencies and connection gauges, served at `configuration.metricsPath`;
    /// the application may add gauges of its own.
    public let metrics: ServerMetrics
    private let pipeline: RequestPipeline
    private let connectionSerial = Atomic<UInt64>(0)
    /// The event loops connections are spread over, round robin; created by `start()`.
    private let loops = Mutex<[EventLoop]>([])
    private let acceptQueue = DispatchQueue(label: "marsad.accept")
    /// Entered per admitted connection, left when it closes: shutdown waits on it.
    private let openConnections = DispatchGroup()
    private let state = Mutex(ListenerState())
    private let stopping = StoppingFlag()
    private var context: ConnectionContext {
        ConnectionContext(
            pipeline: pipeline, metrics: metrics, structuredLog: configuration.structuredRequestLog,
            logger: logger, limits: configuration.connectionLimits,
            stopping: stopping,
            onClose: { [self] connection in
                state.withLock { _ = $0.connections.removeValue(forKey: ObjectIdentifier(connection)) }
                metrics.openConnections.wrappingSubtract(1, ordering: .relaxed)
                openConnections.leave()
            })
    }

    /// The listener and the registry of open connections; touched only under `state`'s lock,
    /// on accept and close, never per request.
    struct ListenerState: ~Copyable {
        var listenFD: Int32 = -1
        var source: ListenerSource?
        var connections: [ObjectIdentifier: Connection] = [:]
        var isStopping = false
        /// Slots admitted whose Connection is being created.
        var reserved = 0
        /// A descriptor held in reserve: when accept fails with EMFILE, it is closed so the
        /// pending connection can be accepted, answered 503 and closed, instead of staying in
        /// the backlog and waking the accept source in a busy loop.
        var spareFD: Int32 = -1
    }

    /// The accept source, held so shutdown can cancel it. `@unchecked Sendable`: it is only
    /// ever cancelled from outside its queue, and libdispatch makes `cancel()` thread-safe.
    struct ListenerSource: @unchecked Sendable {
        let source: any DispatchSourceRead
    }

    /// A server that will answer every request with `responder`.
    public init(configuration: ServerConfiguration, responder: any Responder, logger: Logger) {
        self.configuration = configuration
        self.responder = responder
        self.logger = logger
        metrics = ServerMetrics(routeNames: responder.routeNames)
        pipeline = RequestPipeline(
            responder: responder, metrics: metrics, metricsPath: configuration.metricsPath,
            basePath: configuration.basePath, trustedProxies: configuration.trustedProxies)
    }

    /// Binds and listens, then returns the real port (useful with port 0). Throws
    /// `HTTPLimitsError` for a bad configuration and `SocketError` when binding fails.
    public func start() throws -> Int {
        try configuration.validate()
        let count = configuration.eventLoops ?? EventLoop.defaultCount
        let tick = context.tickMilliseconds
        let started = try (0..<count).map { index in
            try EventLoop(index: index, readBufferSize: configuration.readBufferSize,
                          tickMilliseconds: tick, logger: logger)
        }
        let (fd, port) = try ListeningSocket.open(host: configuration.host, port: configuration.port)
        for loop in started { loop.start() }
        loops.withLock { $0 = started }
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: acceptQueue)
        source.setEventHandler { [self] in acceptPending(fd) }
        source.setCancelHandler { Glibc.close(fd) }
        let spare = open("/dev/null", O_RDONLY | O_CLOEXEC)
        state.withLock { state in
            state.listenFD = fd
            state.source = ListenerSource(source: source)
            state.spareFD = spare
        }
        source.resume()
        let shownHost = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        logger.info("listening on http://\(shownHost):\(port)")
        return port
    }

    /// Stops accepting, lets in-flight requests finish (closing idle keep-alive connections at
    /// once), and returns when every connection is closed or `timeout` has passed, in which case
    /// the rest are closed.
    public func shutdown(timeout: Duration) {
        stopping.set()
        let (source, connections) = state.withLock { state in
            state.isStopping = true
            let source = state.source
            state.source = nil
            return (source, Array(state.connections.values))
        }
        source?.source.cancel()
        // A connection admitted just before `isStopping` was set is still being created; it
        // will see the flag and shut itself down, and it must be counted before we wait.
        while state.withLock({ $0.reserved }) > 0 { usleep(1_000) }
        let spare = state.withLock { state -> Int32 in
            defer { state.spareFD = -1 }
            return state.spareFD
        }
        if spare >= 0 { Glibc.close(spare) }
        for connection in connections { connection.beginShutdown() }
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        if openConnections.wait(timeout: .now() + .nanoseconds(Int(nanoseconds))) == .timedOut {
            let remaining = state.withLock { Array($0.connections.values) }
            logger.warning("shutdown: closing \(remaining.count) connections still busy after \(timeout)")
            for connection in remaining { connection.forceClose() }
            _ = openConnections.wait(timeout: .now() + .seconds(1))
        }
        let stopped = loops.withLock { loops in
            defer { loops = [] }
            return loops
        }
        for loop in stopped { loop.stop(timeout: .now() + .seconds(1)) }
        logger.info("stopped")
    }

    /// Accepts what the backlog holds (a bounded batch, so one busy listener cannot starve the queue).
    private func acceptPending(_ listenFD: Int32) {
        for _ in 0..<64 {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let fd = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    accept(listenFD, $0, &length)
                }
            }
            guard fd >= 0 else {
                let error = SocketError.fromErrno("accept")
                if error.code == EINTR || error.code == ECONNABORTED { continue }
                if (error.code == EMFILE || error.code == ENFILE) && shedWithSpareDescriptor(listenFD) { continue }
                if error.code != EAGAIN && error.code != EWOULDBLOCK { logger.error("\(error)") }
                return
            }
            // accept4 is hidden without _GNU_SOURCE; accepted sockets do not inherit O_NONBLOCK.
            guard fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0,
                  fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 else {
                logger.error("\(SocketError.fromErrno("fcntl"))")
                Glibc.close(fd)
                continue
            }
            var on: Int32 = 1
            // Responses go out in one send; Nagle would only delay them.
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
            let peer = configuration.trustedProxies.ranges.isEmpty ? nil : IPAddress(storage)
            admit(fd, remoteAddress: SocketAddress.describe(storage), peer: peer)
        }
    }

    /// Out of descriptors: frees the spare, accepts one pending connection, refuses it with 503,
    /// and takes the spare back. Returns false when there was no spare or nothing to accept.
    private func shedWithSpareDescriptor(_ listenFD: Int32) -> Bool {
        let spare = state.withLock { state -> Int32 in
            let spare = state.spareFD
            state.spareFD = -1
            return spare
        }
        guard spare >= 0 else { return false }
        Glibc.close(spare)
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let fd = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { accept(listenFD, $0, &length) }
        }
        if fd >= 0 {
            refuse(fd, remoteAddress: SocketAddress.describe(storage), reason: "out of file descriptors")
        }
        let reopened = open("/dev/null", O_RDONLY | O_CLOEXEC)
        state.withLock { $0.spareFD = reopened }
        return fd >= 0
    }

    private func admit(_ fd: Int32, remoteAddress: String, peer: IPAddress?) {
        // Reserve the slot first, so the cap holds while the Connection is created.
        let refusal: String? = state.withLock { state in
            if state.isStopping { return "shutting down" }
            if state.connections.count + state.reserved >= configuration.limits.maxConnections {
                return "\(configuration.limits.maxConnections) connections already open"
            }
            state.reserved += 1
            return nil
        }
        if let refusal {
            refuse(fd, remoteAddress: remoteAddress, reason: refusal)
            return
        }
        let serial = connectionSerial.wrappingAdd(1, ordering: .relaxed).newValue
        metrics.acceptedConnections.wrappingAdd(1, ordering: .relaxed)
        metrics.openConnections.wrappingAdd(1, ordering: .relaxed)
        let loop = loops.withLock { $0[Int(serial % UInt64($0.count))] }
        let connection = Connection(fd: fd, remoteAddress: remoteAddress, peer: peer, serial: serial,
                                    context: context, loop: loop)
        // Entered before the reservation is released: shutdown waits for reservations, then
        // for this group, so it never stops the loops under a connection it has not seen.
        openConnections.enter()
        let stopping = state.withLock { state in
            state.reserved -= 1
            state.connections[ObjectIdentifier(connection)] = connection
            return state.isStopping
        }
        loop.execute { connection.start() }
        if stopping { connection.beginShutdown() }
    }

    /// Answers 503 without reading the request, then closes (best effort: the socket is new,
    /// so its send buffer has room).
    private func refuse(_ fd: Int32, remoteAddress: String, reason: String) {
        logger.warning("refused \(remoteAddress): 503 \(reason)")
        metrics.refusedConnections.wrappingAdd(1, ordering: .relaxed)
        var fields = HTTPFields()
        fields[.retryAfter] = "1"
        let response = ProblemDetails.response(for: HTTPError(
            .serviceUnavailable, detail: "The server is busy (\(reason)); try again shortly.",
            headerFields: fields, closesConnection: true))
        var bytes: [UInt8] = []
        var date = HTTPDate()
        ResponseEncoder.encode(response, method: .get, version: .http1_1, keepAlive: false,
                               date: date.bytes(secondsSince1970: Int(time(nil))), into: &bytes)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
        Glibc.shutdown(fd, Int32(SHUT_WR))
        Glibc.close(fd)
    }
}

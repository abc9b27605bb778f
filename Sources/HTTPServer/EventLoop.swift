import CSystem
import Dispatch
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One epoll instance and the thread that waits on it. It owns a share of the server's
/// connections and runs their reads, handlers and writes inline, in the order the kernel
/// reports them ready — the design of nginx's workers and SwiftNIO's event loops. A request
/// costs no thread hand-off and no re-arming system call, and connections are served fairly,
/// which keeps tail latency close to the median.
///
/// The loop runs as one long work item on a serial Dispatch queue of its own, so
/// `dispatchPrecondition(condition: .onQueue(queue))` checks confinement. Other threads reach
/// it only through `execute`, which queues a closure and wakes the loop through an eventfd.
///
/// `@unchecked Sendable`: everything mutable is confined to `queue`, except `submitted`,
/// which is behind its mutex.
final class EventLoop: @unchecked Sendable {
    let queue: DispatchQueue
    /// Shared by the loop's connections: a read lands here and is copied into the parser.
    let readBuffer: UnsafeMutableRawBufferPointer
    private let epollFD: Int32
    /// The eventfd `execute` writes to; open until the loop is deallocated.
    let wakeFD: Int32
    private let tick: Duration
    private let logger: Logger
    private let submitted = Mutex<[@Sendable () -> Void]>([])
    private var connections: [UInt64: Connection] = [:]
    /// Connections to run again after this round's events (pipelined requests held back
    /// while a previous response was being written).
    private var rerun: [Connection] = []
    private var isRunning = true
    private let finished = DispatchSemaphore(value: 0)
    /// `epoll_data` of the wake-up eventfd; connection serials start at 1.
    private static let wakeToken: UInt64 = 0

    init(index: Int, readBufferSize: Int, tickMilliseconds: Int, logger: Logger) throws(SocketError) {
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epollFD >= 0 else { throw SocketError.fromErrno("epoll_create1") }
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard wakeFD >= 0 else {
            let error = SocketError.fromErrno("eventfd")
            Glibc.close(epollFD)
            throw error
        }
        var event = epoll_event()
        event.events = EPOLLIN.rawValue
        event.data.u64 = Self.wakeToken
        guard epoll_ctl(epollFD, EPOLL_CTL_ADD, wakeFD, &event) == 0 else {
            let error = SocketError.fromErrno("epoll_ctl")
            Glibc.close(wakeFD)
            Glibc.close(epollFD)
            throw error
        }
        queue = DispatchQueue(label: "marsad.event-loop.\(index)")
        readBuffer = .allocate(byteCount: readBufferSize, alignment: 16)
        tick = .milliseconds(tickMilliseconds)
        self.logger = logger
    }

    deinit {
        // Closed here, not when the loop stops: a write handler finishing on the pool after a
        // shutdown may still call `execute`, and must not write into a reused descriptor.
        Glibc.close(wakeFD)
        Glibc.close(epollFD)
        readBuffer.deallocate()
    }

    /// Starts waiting for events.
    func start() {
        queue.async { [self] in run() }
    }

    /// Runs `task` on the loop, soon; callable from any thread.
    func execute(_ task: @escaping @Sendable () -> Void) {
        submitted.withLock { $0.append(task) }
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    /// Ends the loop once the tasks already submitted have run, and waits up to `timeout` for it.
    func stop(timeout: DispatchTime) {
        execute { [self] in isRunning = false }
        _ = finished.wait(timeout: timeout)
    }

    // MARK: Registration (on the loop)

    /// Watches `connection`'s socket for `events` (EPOLLIN and/or EPOLLOUT).
    func register(_ connection: Connection, events: UInt32) -> Bool {
        dispatchPrecondition(condition: .onQueue(queue))
        var event = epoll_event()
        event.events = events
        event.data.u64 = connection.serial
        guard epoll_ctl(epollFD, EPOLL_CTL_ADD, connection.fd, &event) == 0 else {
            logger.error("\(SocketError.fromErrno("epoll_ctl add"))")
            return false
        }
        connections[connection.serial] = connection
        return true
    }

    /// Changes what `connection` is watched for; 0 watches only for errors and hang-ups.
    func modify(_ connection: Connection, events: UInt32) {
        dispatchPrecondition(condition: .onQueue(queue))
        var event = epoll_event()
        event.events = events
        event.data.u64 = connection.serial
        if epoll_ctl(epollFD, EPOLL_CTL_MOD, connection.fd, &event) != 0 {
            logger.error("\(SocketError.fromErrno("epoll_ctl mod"))")
        }
    }

    /// Stops watching `connection`; call before closing its descriptor.
    func deregister(_ connection: Connection) {
        dispatchPrecondition(condition: .onQueue(queue))
        var event = epoll_event()
        _ = epoll_ctl(epollFD, EPOLL_CTL_DEL, connection.fd, &event)
        connections[connection.serial] = nil
    }

    /// Runs `connection.resume()` after the current round of events.
    func runAgain(_ connection: Connection) {
        dispatchPrecondition(condition: .onQueue(queue))
        rerun.append(connection)
    }

    // MARK: The loop

    private func run() {
        let capacity = 512
        let events = UnsafeMutablePointer<epoll_event>.allocate(capacity: capacity)
        defer {
            events.deallocate()
            finished.signal()
        }
        var nextTick = ContinuousClock.now + tick
        while isRunning {
            let wait = ContinuousClock.now.duration(to: nextTick)
            let timeout = wait <= .zero ? 0 : Int32(min(1000, wait.components.seconds * 1000
                + wait.components.attoseconds / 1_000_000_000_000_000 + 1))
            let count = epoll_wait(epollFD, events, Int32(capacity), rerun.isEmpty ? timeout : 0)
            if count < 0 {
                if errno == EINTR { continue }
                logger.critical("\(SocketError.fromErrno("epoll_wait")); event loop stopped")
                return
            }
            for index in 0..<Int(count) {
                let event = events[index]
                if event.data.u64 == Self.wakeToken {
                    runSubmitted()
                } else if let connection = connections[event.data.u64] {
                    connection.handle(events: event.events)
                }
            }
            if !rerun.isEmpty {
                let ready = rerun
                rerun.removeAll(keepingCapacity: true)
                for connection in ready { connection.resume() }
            }
            let now = ContinuousClock.now
            if now >= nextTick {
                for connection in Array(connections.values) { connection.tick(now: now) }
                nextTick = now + tick
            }
        }
    }

    private func runSubmitted() {
        var counter: UInt64 = 0
        _ = read(wakeFD, &counter, 8)
        let tasks = submitted.withLock { tasks in
            defer { tasks.removeAll(keepingCapacity: true) }
            return tasks
        }
        for task in tasks { task() }
    }
}

extension EventLoop {
    /// How many loops to run by default: one per CPU the process may use (its affinity mask, so
    /// a server started under `taskset -c 0` runs one), at least one.
    static var defaultCount: Int {
        let allowed = Int(csystem_usable_cpu_count())
        return max(1, allowed > 0 ? allowed : sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}

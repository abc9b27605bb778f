import Dispatch
import HTTPCore
import HTTPTypes
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One accepted socket. It reads into a reused buffer, feeds the parser, calls the responder
/// and writes the responses, following the decisions of its `ConnectionStateMachine`.
///
/// `@unchecked Sendable`: every mutable property is confined to `queue` (a serial queue of its
/// own, so a slow handler delays only this connection); entry points check it with
/// `dispatchPrecondition`. Only `queue` and the immutable lets are touched from elsewhere.
final class Connection: @unchecked Sendable {
    let fd: Int32
    let remoteAddress: String
    /// The peer's address, parsed only when trusted proxies are configured.
    let peer: IPAddress?
    /// This connection's number since start-up (part of generated request ids).
    let serial: UInt64
    let queue: DispatchQueue
    private let context: ConnectionContext
    private let readSource: any DispatchSourceRead
    private let writeSource: any DispatchSourceWrite
    private let timer: any DispatchSourceTimer
    private var readSuspended = false
    private var writeSuspended = true
    private var pendingCancellations = 3
    private var isClosed = false

    private var parser: RequestParser
    private var machine: ConnectionStateMachine
    private let readBuffer: UnsafeMutableRawBufferPointer
    private var output: [UInt8] = []
    private var outputOffset = 0
    private var date = HTTPDate()

    init(fd: Int32, remoteAddress: String, peer: IPAddress?, serial: UInt64,
         context: ConnectionContext, target: DispatchQueue) {
        self.fd = fd
        self.remoteAddress = remoteAddress
        self.peer = peer
        self.serial = serial
        self.context = context
        queue = DispatchQueue(label: "marsad.connection", target: target)
        readSource = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        writeSource = DispatchSource.makeWriteSource(fileDescriptor: fd, queue: queue)
        timer = DispatchSource.makeTimerSource(queue: queue)
        parser = RequestParser(limits: context.limits)
        machine = ConnectionStateMachine(limits: context.limits, now: .now)
        readBuffer = .allocate(byteCount: context.readBufferSize, alignment: 16)
        output.reserveCapacity(16 * 1024)
    }

    deinit {
        readBuffer.deallocate()
    }

    /// Arms the sources; call once.
    func start() {
        for source in [readSource, writeSource, timer] as [any DispatchSourceProtocol] {
            source.setCancelHandler { [self] in cancellationFinished() }
        }
        readSource.setEventHandler { [self] in readable() }
        writeSource.setEventHandler { [self] in flush() }
        timer.setEventHandler { [self] in perform(machine.tick(now: .now)) }
        let tick = context.tickMilliseconds
        timer.schedule(deadline: .now() + .milliseconds(tick), repeating: .milliseconds(tick),
                       leeway: .milliseconds(tick / 2))
        readSource.resume()
        timer.resume()
    }

    /// Asks the connection to finish its current response and close (graceful shutdown).
    func beginShutdown() {
        queue.async { [self] in perform(machine.beginShutdown()) }
    }

    /// Closes at once (shutdown deadline passed).
    func forceClose() {
        queue.async { [self] in close() }
    }

    private func readable() {
        dispatchPrecondition(condition: .onQueue(queue))
        let count = read(fd, readBuffer.baseAddress, readBuffer.count)
        if count > 0 {
            parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[0..<count]))
            machine.bytesReceived(count, parserIdle: parser.isIdle, readingBody: parser.isReadingBody, now: .now)
            processRequests()
        } else if count == 0 {
            perform(machine.peerClosed())
            if !isClosed && !readSuspended { readSource.suspend(); readSuspended = true }
        } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            let error = SocketError.fromErrno("read", context: remoteAddress)
            context.logger.debug("\(error)")
            close()
        }
    }

    /// Answers every complete request in the buffer, in order, then writes them with one send.
    private func processRequests() {
        while !isClosed && machine.phase != .closed && !machine.closeAfterWrite && output.count < 256 * 1024 {
            switch parser.next() {
            case .needMoreData:
                // RFC 9110 §10.1.1: the head was accepted, so invite the body now.
                if parser.takeContinueRequest() { output.append(contentsOf: Self.continueResponse) }
                flush()
                return
            case .request(var request):
                request.remoteAddress = remoteAddress
                let started = ContinuousClock.now
                let response = context.pipeline.respond(
                    to: &request, peer: peer, connection: serial, number: machine.requestsServed)
                let keepAlive = machine.responseQueued(
                    clientKeepAlive: request.wantsKeepAlive && !ResponseEncoder.requestsClose(response) && !context.stopping.isSet,
                    now: .now)
                enqueue(response, method: request.method, version: request.version, keepAlive: keepAlive)
                let elapsed = ContinuousClock.now - started
                context.metrics.record(routeID: response.routeID, status: response.status.code, elapsed: elapsed)
                context.logRequest(request, response: response, elapsed: elapsed)
            case .error(let error):
                let response = ProblemDetails.response(for: error)
                _ = machine.responseQueued(clientKeepAlive: false, now: .now)
                enqueue(response, method: .get, version: .http1_1, keepAlive: false)
                context.metrics.record(routeID: 0, status: error.status.code, elapsed: .zero)
                context.logger.info("\(remoteAddress) refused: \(error.status.code) \(error.detail)")
            }
        }
        flush()
    }

    private static let continueResponse = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private func enqueue(_ response: Response, method: HTTPRequest.Method, version: HTTPVersion, keepAlive: Bool) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        ResponseEncoder.encode(response, method: method, version: version, keepAlive: keepAlive,
                               date: date.bytes(secondsSince1970: Int(now.tv_sec)), into: &output)
    }

    /// Sends queued bytes; on EAGAIN waits for the write source and stops reading meanwhile.
    private func flush() {
        dispatchPrecondition(condition: .onQueue(queue))
        guard !isClosed, outputOffset < output.count else { return }
        while outputOffset < output.count {
            let sent = output.withUnsafeBytes { bytes in
                send(fd, bytes.baseAddress! + outputOffset, bytes.count - outputOffset, Int32(MSG_NOSIGNAL))
            }
            if sent >= 0 {
                outputOffset += sent
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                if writeSuspended { writeSource.resume(); writeSuspended = false }
                if !readSuspended { readSource.suspend(); readSuspended = true }
                return
            } else if errno != EINTR {
                context.logger.debug("\(SocketError.fromErrno("send", context: remoteAddress))")
                close()
                return
            }
        }
        output.removeAll(keepingCapacity: output.capacity <= 256 * 1024)
        outputOffset = 0
        if !writeSuspended { writeSource.suspend(); writeSuspended = true }
        perform(machine.writeFinished(parserIdle: parser.isIdle, now: .now))
        guard !isClosed else { return }
        if readSuspended && !machine.closeAfterWrite { readSource.resume(); readSuspended = false }
        if parser.bufferedByteCount > 0 && !parser.isReadingBody {
            // Pipelined requests held back while the previous batch was being written.
            queue.async { [self] in if !isClosed { processRequests() } }
        }
    }

    private func perform(_ action: ConnectionStateMachine.Action) {
        switch action {
        case .none:
            break
        case .close:
            close()
        case .respondAndClose(let error):
            enqueue(ProblemDetails.response(for: error), method: .get, version: .http1_1, keepAlive: false)
            context.metrics.record(routeID: 0, status: error.status.code, elapsed: .zero)
            context.logger.info("\(remoteAddress) refused: \(error.status.code) \(error.detail)")
            flush()
        }
    }

    private func close() {
        dispatchPrecondition(condition: .onQueue(queue))
        guard !isClosed else { return }
        isClosed = true
        machine.closed()
        readSource.cancel()
        writeSource.cancel()
        timer.cancel()
        // A suspended source runs its cancel handler only once resumed.
        if readSuspended { readSource.resume(); readSuspended = false }
        if writeSuspended { writeSource.resume(); writeSuspended = false }
    }

    /// The descriptor is closed only when no source can still be watching it.
    private func cancellationFinished() {
        pendingCancellations -= 1
        guard pendingCancellations == 0 else { return }
        Glibc.close(fd)
        context.onClose(self)
    }
}

import CSystem
import Dispatch
import HTTPCore
import HTTPTypes
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One accepted socket, served by one `EventLoop`. It reads into the loop's buffer, feeds the
/// parser, calls the responder and queues the responses, following the decisions of its
/// `ConnectionStateMachine`; the loop tells it when the socket is ready and when to check its
/// deadlines.
///
/// Handlers of GET, HEAD and OPTIONS run inline on the loop: they only read the immutable
/// snapshot. Other methods (writes, which may rebuild the corpus) run on Dispatch's global
/// pool, and the connection reads nothing more until their response is back, so pipelined
/// requests are still answered in order.
///
/// `@unchecked Sendable`: every mutable property is confined to the loop's queue; entry points
/// check it with `dispatchPrecondition`. Only the immutable lets are touched from elsewhere.
final class Connection: @unchecked Sendable {
    let fd: Int32
    let remoteAddress: String
    /// The peer's address, parsed only when trusted proxies are configured.
    let peer: IPAddress?
    /// This connection's number since start-up (part of generated request ids, and the loop's
    /// key for it).
    let serial: UInt64
    let loop: EventLoop
    private let context: ConnectionContext
    private var isClosed = false
    /// A request is with the offload pool; its response has not come back yet.
    private var awaitingResponse = false
    /// What the loop watches the socket for (EPOLLIN/EPOLLOUT bits).
    private var interest: UInt32 = 0
    /// The last send left bytes behind; wait for EPOLLOUT.
    private var writeBlocked = false

    private var parser: RequestParser
    private var machine: ConnectionStateMachine
    private var output = OutputQueue()
    private var date = HTTPDate()
    /// The streamed body being sent, if any; nothing else is answered until it ends.
    private var streaming: StreamedBody?

    private static let readable = EPOLLIN.rawValue
    private static let writable = EPOLLOUT.rawValue
    private static let failed = EPOLLERR.rawValue | EPOLLHUP.rawValue

    init(fd: Int32, remoteAddress: String, peer: IPAddress?, serial: UInt64,
         context: ConnectionContext, loop: EventLoop) {
        self.fd = fd
        self.remoteAddress = remoteAddress
        self.peer = peer
        self.serial = serial
        self.context = context
        self.loop = loop
        parser = RequestParser(limits: context.limits)
        machine = ConnectionStateMachine(limits: context.limits, now: .now)
    }

    /// Registers with the loop; call once, on the loop.
    func start() {
        dispatchPrecondition(condition: .onQueue(loop.queue))
        interest = Self.readable
        guard loop.register(self, events: interest) else {
            isClosed = true
            Glibc.close(fd)
            context.onClose(self)
            return
        }
    }

    /// Asks the connection to finish its current response and close (graceful shutdown).
    func beginShutdown() {
        loop.execute { [self] in
            guard !isClosed else { return }
            perform(machine.beginShutdown())
            updateInterest()
        }
    }

    /// Closes at once (shutdown deadline passed).
    func forceClose() {
        loop.execute { [self] in close() }
    }

    // MARK: Called by the loop

    /// The socket is ready for what `events` says.
    func handle(events: UInt32) {
        dispatchPrecondition(condition: .onQueue(loop.queue))
        if events & Self.readable != 0 && interest & Self.readable != 0 { readable() }
        if !isClosed && events & Self.writable != 0 && writeBlocked { flush() }
        // Reset, or both directions shut: nothing can be delivered any more.
        if !isClosed && events & Self.failed != 0 { close() }
    }

    /// Deadlines: idle timeout, header-read deadline, minimum transfer rate.
    func tick(now: ContinuousClock.Instant) {
        guard !isClosed else { return }
        perform(machine.tick(now: now))
    }

    /// Answers requests that were held back while earlier responses were written.
    func resume() {
        guard !isClosed else { return }
        if streaming != nil { flush() } else { processRequests() }
    }

    // MARK: Reading and answering

    private func readable() {
        let buffer = loop.readBuffer
        let count = read(fd, buffer.baseAddress, buffer.count)
        if count > 0 {
            parser.append(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            machine.bytesReceived(count, parserIdle: parser.isIdle, readingBody: parser.isReadingBody, now: .now)
            processRequests()
        } else if count == 0 {
            perform(machine.peerClosed())
            updateInterest()
        } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            context.logger.debug("\(SocketError.fromErrno("read", context: remoteAddress))")
            close()
        }
    }

    /// Answers every complete request in the buffer, in order, then writes them with one `sendmsg`.
    private func processRequests() {
        while !isClosed && !awaitingResponse && streaming == nil && !machine.isClosed && !machine.closeAfterWrite
                && output.byteCount < 256 * 1024 {
            switch parser.next() {
            case .needMoreData:
                // RFC 9110 §10.1.1: the head was accepted, so invite the body now.
                if parser.takeContinueRequest() { output.appendHead { $0.append(contentsOf: Self.continueResponse) } }
                flush()
                return
            case .request(var request):
                machine.requestReceived(now: .now)
                request.remoteAddress = remoteAddress
                let started = ContinuousClock.now
                let number = machine.requestsServed
                if Self.runsInline(request.method) {
                    let response = context.pipeline.respond(to: &request, peer: peer, connection: serial, number: number)
                    deliver(response, to: request, started: started)
                } else {
                    offload(request, number: number, started: started)
                }
            case .error(let error):
                let response = context.pipeline.refusal(error, connection: serial, number: machine.requestsServed)
                _ = machine.responseQueued(clientKeepAlive: false, now: .now)
                enqueue(response, method: .get, version: .http1_1, keepAlive: false)
                context.metrics.record(routeID: 0, status: error.status.code, elapsed: .zero)
                context.logger.info("\(remoteAddress) refused: \(error.status.code) \(error.detail) \(response.requestID ?? "-")")
            }
        }
        flush()
    }

    /// Methods that only read (RFC 9110 §9.2.1 safe methods) are answered on the loop.
    private static func runsInline(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }

    private func offload(_ request: Request, number: Int, started: ContinuousClock.Instant) {
        awaitingResponse = true
        updateInterest()
        let pipeline = context.pipeline
        let (peer, serial, loop) = (peer, serial, loop)
        DispatchQueue.global().async { [self] in
            var routed = request
            let response = pipeline.respond(to: &routed, peer: peer, connection: serial, number: number)
            let request = routed
            loop.execute { [self] in
                guard !isClosed else { return }
                awaitingResponse = false
                deliver(response, to: request, started: started)
                processRequests()
                updateInterest()
            }
        }
    }

    private func deliver(_ response: Response, to request: Request, started: ContinuousClock.Instant) {
        let keepAlive = machine.responseQueued(
            clientKeepAlive: request.wantsKeepAlive && !ResponseEncoder.requestsClose(response) && !context.stopping.isSet
                && !ResponseEncoder.endsByClosing(response, method: request.method, version: request.version),
            now: .now)
        let framing = enqueue(response, method: request.method, version: request.version, keepAlive: keepAlive)
        if let stream = response.stream, framing == .chunked || framing == .closeDelimited {
            // Recorded when the last byte is queued (or the client leaves): the time and size
            // of a download are the whole transfer's.
            streaming = StreamedBody(next: stream.makeChunks(), chunked: framing == .chunked,
                                     request: request, response: response, started: started)
            return
        }
        let elapsed = ContinuousClock.now - started
        context.metrics.record(routeID: response.routeID, status: response.status.code, elapsed: elapsed)
        context.logRequest(request, response: response, bytes: response.body.count, elapsed: elapsed)
    }

    /// Queues the streamed body's next pieces until the output holds `StreamedBody.queueBound`
    /// bytes or the body ends (backpressure: nothing is produced while the client is behind).
    private func refill() {
        while var body = streaming, output.byteCount < StreamedBody.queueBound {
            guard let chunk = body.next() else {
                if body.chunked { output.appendHead { $0.append(contentsOf: ChunkedCoding.end) } }
                streaming = nil
                finish(body, completed: true)
                return
            }
            guard !chunk.isEmpty else { continue }
            body.bytes += chunk.count
            if body.chunked { output.appendHead { ChunkedCoding.appendSizeLine(chunk.count, into: &$0) } }
            output.append(chunk)
            if body.chunked { output.appendHead { $0.append(contentsOf: ChunkedCoding.crlf) } }
            streaming = body
        }
    }

    /// Records a streamed response once its last byte is queued or its client is gone.
    private func finish(_ body: StreamedBody, completed: Bool) {
        let elapsed = ContinuousClock.now - body.started
        context.metrics.record(routeID: body.response.routeID, status: body.response.status.code, elapsed: elapsed)
        context.logRequest(body.request, response: body.response, bytes: body.bytes, elapsed: elapsed)
        if !completed {
            context.logger.info("\(remoteAddress) left after \(body.bytes) of a streamed body: \(body.request.path) \(body.response.requestID ?? "-")")
        }
    }

    private static let continueResponse = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    @discardableResult
    private func enqueue(_ response: Response, method: HTTPRequest.Method, version: HTTPVersion,
                         keepAlive: Bool) -> ResponseEncoder.BodyFraming {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let dateBytes = date.bytes(secondsSince1970: Int(now.tv_sec))
        var framing = ResponseEncoder.BodyFraming.none
        output.appendHead { buffer in
            framing = ResponseEncoder.encodeHead(response, method: method, version: version,
                                                 keepAlive: keepAlive, date: dateBytes, into: &buffer)
        }
        if framing == .fixed { output.append(response.body) }
        return framing
    }

    // MARK: Writing

    /// Sends queued bytes, producing a streamed body's next pieces first; when the socket is full,
    /// waits for EPOLLOUT and reads nothing meanwhile.
    private func flush() {
        guard !isClosed else { return }
        let wasStreaming = streaming != nil
        refill()
        guard !output.isEmpty || wasStreaming else { return }
        let before = output.byteCount
        switch output.send(to: fd) {
        case .wouldBlock:
            if output.byteCount < before { machine.writeProgressed(now: .now) }
            writeBlocked = true
            updateInterest()
            return
        case .failed(let code):
            context.logger.debug("\(SocketError("sendmsg", code: code, context: remoteAddress))")
            close()
            return
        case .drained:
            break
        }
        if streaming != nil {
            // More to produce: wait for EPOLLOUT (level-triggered, so at once if the socket has
            // room) rather than loop here, so the loop's other connections get their turn
            // between pieces of a long download.
            machine.writeProgressed(now: .now)
            writeBlocked = true
            updateInterest()
            return
        }
        writeBlocked = false
        perform(machine.writeFinished(parserIdle: parser.isIdle, now: .now))
        guard !isClosed else { return }
        updateInterest()
        if parser.bufferedByteCount > 0 && !parser.isReadingBody && !awaitingResponse && !machine.closeAfterWrite {
            // Pipelined requests held back while the previous batch was being written.
            loop.runAgain(self)
        }
    }

    /// Watches for what the connection can act on now: writability while a send is blocked,
    /// otherwise readability unless it awaits an offloaded response or reads no more.
    private func updateInterest() {
        guard !isClosed else { return }
        let wanted: UInt32
        if writeBlocked {
            wanted = Self.writable
        } else if awaitingResponse || machine.closeAfterWrite {
            wanted = 0
        } else {
            wanted = Self.readable
        }
        if wanted != interest {
            interest = wanted
            loop.modify(self, events: wanted)
        }
    }

    private func perform(_ action: ConnectionStateMachine.Action) {
        switch action {
        case .none:
            break
        case .close:
            close()
        case .respondAndClose(let error):
            let response = context.pipeline.refusal(error, connection: serial, number: machine.requestsServed)
            enqueue(response, method: .get, version: .http1_1, keepAlive: false)
            context.metrics.record(routeID: 0, status: error.status.code, elapsed: .zero)
            context.logger.info("\(remoteAddress) refused: \(error.status.code) \(error.detail) \(response.requestID ?? "-")")
            flush()
        }
    }

    private func close() {
        dispatchPrecondition(condition: .onQueue(loop.queue))
        guard !isClosed else { return }
        isClosed = true
        machine.closed()
        if let body = streaming {
            // The client left mid-stream: release the producer (and the snapshot it holds).
            streaming = nil
            finish(body, completed: false)
        }
        loop.deregister(self)
        Glibc.close(fd)
        context.onClose(self)
    }
}

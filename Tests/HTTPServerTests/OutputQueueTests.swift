import Dispatch
import Logging
import Testing
@testable import HTTPServer
#if canImport(Glibc)
import Glibc
#endif

/// The output queue over a real socket pair with a small send buffer, so sends are partial.
@Suite struct OutputQueueTests {
    /// A non-blocking socket pair; the writer's send buffer is small.
    private func socketPair() throws -> (writer: Int32, reader: Int32) {
        var fds: [Int32] = [0, 0]
        try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
        var size: Int32 = 4096
        setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
        return (fds[0], fds[1])
    }

    private func drain(_ fd: Int32, into received: inout [UInt8]) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            guard count > 0 else { return }
            received.append(contentsOf: buffer[0..<count])
        }
    }

    @Test func headsAndBodiesArriveInOrderThroughPartialWrites() throws {
        let (writer, reader) = try socketPair()
        defer { close(writer); close(reader) }
        var queue = OutputQueue()
        var expected: [UInt8] = []
        for round in 0..<6 {
            let head = Array("HEAD\(round)\r\n".utf8)
            queue.appendHead { $0.append(contentsOf: head) }
            // Alternate bodies below and above the copy limit.
            let body = [UInt8](repeating: UInt8(ascii: "a") + UInt8(round), count: round.isMultiple(of: 2) ? 100 : 50_000)
            queue.append(body)
            expected += head + body
        }
        #expect(queue.byteCount == expected.count)
        var received: [UInt8] = []
        var blocked = 0
        sending: while true {
            switch queue.send(to: writer) {
            case .drained: break sending
            case .wouldBlock: blocked += 1
            case .failed(let code): Issue.record("send failed: errno \(code)"); return
            }
            drain(reader, into: &received)
        }
        drain(reader, into: &received)
        #expect(blocked > 0)
        #expect(queue.isEmpty)
        #expect(received == expected)

        // The drained queue is reused for the next response.
        queue.appendHead { $0.append(contentsOf: "NEXT\r\n".utf8) }
        queue.append(Array("tail".utf8))
        #expect(queue.byteCount == 10)
        guard case .drained = queue.send(to: writer) else {
            Issue.record("a short response should go out at once")
            return
        }
        received.removeAll()
        drain(reader, into: &received)
        #expect(received == Array("NEXT\r\ntail".utf8))
    }

    @Test func aClosedPeerIsAFailureNotAHang() throws {
        let (writer, reader) = try socketPair()
        defer { close(writer) }
        close(reader)
        var queue = OutputQueue()
        queue.append([UInt8](repeating: 1, count: 10_000))
        guard case .failed = queue.send(to: writer) else {
            Issue.record("expected a failure")
            return
        }
    }
}

/// An event loop's life after `stop`.
@Suite struct EventLoopLifetimeTests {
    @Test func executeAfterStopWritesToTheLoopsOwnDescriptor() throws {
        let loop = try EventLoop(index: 0, readBufferSize: 4096, tickMilliseconds: 50,
                                 logger: .init(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        loop.start()
        loop.stop(timeout: DispatchTime.now() + .seconds(2))
        // A handler finishing on the pool after shutdown still calls `execute`: its eventfd must
        // still be open (a closed one could be reused by another file by then).
        #expect(fcntl(loop.wakeFD, F_GETFD) != -1)
        loop.execute {}
    }
}

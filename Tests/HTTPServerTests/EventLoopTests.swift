import Dispatch
import HTTPCore
import HTTPServer
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// How connections share an event loop: reads run inline, writes are offloaded, and neither
/// reorders a connection's responses.
@Suite struct EventLoopTests {
    static let host = "Host: t\r\n"

    @Test func aSlowWriteDoesNotHoldUpReadsOnTheSameLoop() throws {
        let server = try TestServer(eventLoops: 1)
        defer { server.stop() }
        let writer = try server.client()
        let reader = try server.client()
        try writer.send("POST /slow-write HTTP/1.1\r\n\(Self.host)Content-Length: 2\r\n\r\nok")
        usleep(50_000)
        let started = ContinuousClock.now
        for _ in 0..<5 {
            try reader.send("GET /hello HTTP/1.1\r\n\(Self.host)\r\n")
            #expect(try reader.readResponse().text == "hello")
        }
        // The POST sleeps 400 ms on the offload pool; the loop answered meanwhile.
        #expect(ContinuousClock.now - started < .milliseconds(300))
        #expect(try writer.readResponse().text == "ok")
    }

    @Test func pipelinedRequestsAfterAnOffloadedOneStayInOrder() throws {
        let server = try TestServer(eventLoops: 1)
        defer { server.stop() }
        let client = try server.client()
        try client.send("POST /slow-write HTTP/1.1\r\n\(Self.host)Content-Length: 3\r\n\r\none"
            + "GET /path?n=2 HTTP/1.1\r\n\(Self.host)\r\n"
            + "POST /echo HTTP/1.1\r\n\(Self.host)Content-Length: 5\r\n\r\nthree")
        #expect(try client.readResponse().text == "one")
        #expect(try client.readResponse().text == "/path|n=2")
        #expect(try client.readResponse().text == "three")
    }

    @Test func largeBodiesArriveWholeBehindSmallOnes() throws {
        let server = try TestServer(eventLoops: 1)
        defer { server.stop() }
        let client = try server.client()
        // Larger than a socket buffer, so the write blocks and resumes on EPOLLOUT.
        try client.send("GET /large HTTP/1.1\r\n\(Self.host)\r\nGET /hello HTTP/1.1\r\n\(Self.host)\r\n"
            + "GET /large HTTP/1.1\r\n\(Self.host)\r\n")
        usleep(100_000)
        let first = try client.readResponse()
        #expect(first.body.count == 300_000 && first.body.allSatisfy { $0 == UInt8(ascii: "b") })
        #expect(try client.readResponse().text == "hello")
        #expect(try client.readResponse().body.count == 300_000)
    }

    @Test func manyConnectionsOverTwoLoops() throws {
        let server = try TestServer(eventLoops: 2)
        defer { server.stop() }
        let clients = try (0..<20).map { _ in try server.client() }
        for (index, client) in clients.enumerated() {
            try client.send("GET /path?n=\(index) HTTP/1.1\r\n\(Self.host)\r\n")
        }
        for (index, client) in clients.enumerated() {
            #expect(try client.readResponse().text == "/path|n=\(index)")
        }
    }

    @Test func eventLoopCountIsValidated() {
        var configuration = ServerConfiguration(port: 0)
        configuration.eventLoops = 0
        #expect(throws: HTTPLimitsError.self) { try configuration.validate() }
        configuration.eventLoops = 4
        #expect(throws: Never.self) { try configuration.validate() }
    }
}

import HTTPCore
import HTTPServer
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Streamed bodies over real sockets: chunked to HTTP/1.1, close-delimited to HTTP/1.0, none
/// for HEAD, keep-alive after a chunked body, backpressure, and a client that leaves mid-stream.
@Suite struct StreamingTests {
    static let host = "Host: t\r\n"

    @Test(arguments: [(0, 10), (1, 1), (3, 10), (40, 5_000), (9, 100_000)])
    func chunkedBodyDecodesToTheStreamedBytes(pieces: Int, size: Int) throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /stream?pieces=\(pieces)&size=\(size) HTTP/1.1\r\n\(Self.host)\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Transfer-Encoding") == "chunked")
        #expect(response.header("Content-Length") == nil)
        #expect(response.header("Content-Type") == "application/octet-stream")
        #expect(response.body == StreamProbe.expected(pieces: pieces, size: size))
        #expect(client.chunkSizes.allSatisfy { $0 > 0 })
        #expect(client.chunkSizes.count == pieces)
    }

    @Test func keepAliveHoldsAfterAChunkedBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        // Pipelined: the second request waits in the buffer until the stream has ended.
        try client.send("GET /stream?pieces=50&size=3000 HTTP/1.1\r\n\(Self.host)\r\nGET /hello HTTP/1.1\r\n\(Self.host)\r\n")
        let first = try client.readResponse()
        #expect(first.body == StreamProbe.expected(pieces: 50, size: 3000))
        #expect(first.header("Connection") == nil)
        #expect(try client.readResponse().text == "hello")
        try client.send("GET /stream?pieces=2&size=4 HTTP/1.1\r\n\(Self.host)\r\n")
        #expect(try client.readResponse().body == StreamProbe.expected(pieces: 2, size: 4))
    }

    @Test func http10GetsTheBodyEndedByClosing() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        // Even when it asks to keep the connection: there is no other way to end the body.
        try client.send("GET /stream?pieces=7&size=9000 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.header("Transfer-Encoding") == nil)
        #expect(response.header("Content-Length") == nil)
        #expect(response.header("Connection") == "close")
        #expect(response.body == StreamProbe.expected(pieces: 7, size: 9000))
    }

    @Test func headGetsTheHeadersAndNoBodyAndNeverStartsTheProducer() throws {
        let probe = StreamProbe()
        let server = try TestServer(probe: probe)
        defer { server.stop() }
        let client = try server.client()
        try client.send("HEAD /endless HTTP/1.1\r\n\(Self.host)\r\nGET /hello HTTP/1.1\r\n\(Self.host)\r\n")
        let head = try client.readResponse(head: true)
        #expect(head.status == 200)
        #expect(head.header("Transfer-Encoding") == "chunked")
        // A body would be read here as a broken status line.
        #expect(try client.readResponse().text == "hello")
        #expect(probe.started.load(ordering: .relaxed) == 0)
        // HTTP/1.0 HEAD: no body, so the connection may stay.
        try client.send("HEAD /endless HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try client.readResponse(head: true).header("Connection") == "keep-alive")
    }

    /// Waits up to five seconds for `condition`.
    static func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    @Test func aClientThatStopsReadingStopsTheProducer() throws {
        let probe = StreamProbe()
        let server = try TestServer(probe: probe)
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET /endless HTTP/1.1\r\n\(Self.host)\r\n")
        // Nothing is read: once the socket buffers are full, no more pieces are produced.
        var last = -1
        #expect(Self.eventually {
            let now = probe.produced.load(ordering: .relaxed)
            defer { last = now }
            usleep(200_000)
            return now > 0 && now == last
        })
        let stalled = probe.produced.load(ordering: .relaxed)
        // Kernel buffers on loopback take a few MiB at most; an unbounded producer would be far past.
        #expect(stalled * 16 * 1024 < 64 * 1024 * 1024, "\(stalled) pieces produced for a client reading nothing")
        _ = try client.readSome(4 * 1024 * 1024)
        #expect(Self.eventually { probe.produced.load(ordering: .relaxed) > stalled }, "reading lets it go on")
    }

    @Test func aClientLeavingMidStreamFreesTheProducerAndTheServerGoesOn() throws {
        let probe = StreamProbe()
        let server = try TestServer(probe: probe)
        defer { server.stop() }
        do {
            let client = try server.client()
            try client.send("GET /endless HTTP/1.1\r\n\(Self.host)\r\n")
            #expect(try client.readSome(100_000) == 100_000)
        }  // closed here, the body unfinished
        #expect(Self.eventually { probe.freed.load(ordering: .relaxed) == 1 })
        #expect(probe.started.load(ordering: .relaxed) == 1)
        let next = try server.client()
        try next.send("GET /hello HTTP/1.1\r\n\(Self.host)\r\n")
        #expect(try next.readResponse().text == "hello")
    }
}

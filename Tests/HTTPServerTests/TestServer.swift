import HTTPCore
import HTTPServer
import HTTPTypes
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A live server on a free port with a small router; `stop()` shuts it down.
struct TestServer {
    let server: Server
    let port: Int

    static func router(staticRoot: String?, probe: StreamProbe = StreamProbe()) throws -> Router {
        var builder = RouterBuilder()
        // `pieces` pieces of `size` bytes, streamed; the bytes are `StreamProbe.expected`'s.
        try builder.get("/stream") { request in
            let pieces = Int(request.query["pieces"] ?? "3") ?? 3, size = Int(request.query["size"] ?? "10") ?? 10
            var fields = HTTPFields()
            fields[.contentType] = "application/octet-stream"
            return .streamed(BodyStream {
                var piece = 0
                return {
                    guard piece < pieces else { return nil }
                    defer { piece += 1 }
                    return StreamProbe.piece(piece, size: size)
                }
            }, headerFields: fields)
        }
        // 16 KiB pieces for ever, counted by `probe`, which also learns when the producer is freed.
        try builder.get("/endless") { _ in
            .streamed(BodyStream {
                let tracker = StreamProbe.Tracker(probe)
                return {
                    tracker.produced()
                    return [UInt8](repeating: UInt8(ascii: "e"), count: 16 * 1024)
                }
            })
        }
        try builder.get("/hello") { _ in .text("hello") }
        try builder.get("/big") { _ in .json(Array(repeating: UInt8(ascii: "a"), count: 6_000)) }
        try builder.post("/echo") { request in Response(status: .ok, body: request.body) }
        try builder.get("/slow") { _ in
            usleep(300_000)
            return .text("slow")
        }
        try builder.post("/slow-write") { request in
            usleep(400_000)
            return Response(status: .ok, body: request.body)
        }
        try builder.get("/large") { _ in .json(Array(repeating: UInt8(ascii: "b"), count: 300_000)) }
        try builder.get("/path") { request in
            .text(request.path + "|" + request.query.items.map { "\($0.name)=\($0.value)" }.joined(separator: "&"))
        }
        if let staticRoot {
            let files = StaticFiles(root: staticRoot)
            builder.setFallback { try files.respond(to: $0) }
        }
        return builder.build()
    }

    init(limits: HTTPLimits = HTTPLimits(), host: String = "127.0.0.1", staticRoot: String? = nil,
         eventLoops: Int? = nil, probe: StreamProbe = StreamProbe()) throws {
        var configuration = ServerConfiguration(host: host, port: 0, limits: limits)
        configuration.readBufferSize = 4096
        configuration.eventLoops = eventLoops
        server = Server(configuration: configuration, responder: try Self.router(staticRoot: staticRoot, probe: probe),
                        logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        port = try server.start()
    }

    func client(host: String = "127.0.0.1") throws -> TestClient {
        try TestClient(port: port, host: host)
    }

    func stop() {
        server.shutdown(timeout: .seconds(2))
    }
}

/// What a test's streamed bodies did: pieces produced, producers started and freed.
final class StreamProbe: Sendable {
    let produced = Atomic<Int>(0)
    let started = Atomic<Int>(0)
    let freed = Atomic<Int>(0)

    /// Lives as long as one producer: counts its pieces and reports its release.
    final class Tracker {
        let probe: StreamProbe
        init(_ probe: StreamProbe) {
            self.probe = probe
            probe.started.add(1, ordering: .relaxed)
        }
        func produced() { probe.produced.add(1, ordering: .relaxed) }
        deinit { probe.freed.add(1, ordering: .relaxed) }
    }

    /// Piece `index` of `/stream`: bytes that differ from piece to piece and place to place.
    static func piece(_ index: Int, size: Int) -> [UInt8] {
        (0..<size).map { UInt8(truncatingIfNeeded: index &* 31 &+ $0 &* 7) }
    }

    /// The whole `/stream?pieces=&size=` body.
    static func expected(pieces: Int, size: Int) -> [UInt8] {
        (0..<pieces).flatMap { piece($0, size: size) }
    }
}

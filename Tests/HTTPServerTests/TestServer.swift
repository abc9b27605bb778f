import HTTPCore
import HTTPServer
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// A live server on a free port with a small router; `stop()` shuts it down.
struct TestServer {
    let server: Server
    let port: Int

    static func router(staticRoot: String?) throws -> Router {
        var builder = RouterBuilder()
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
         eventLoops: Int? = nil) throws {
        var configuration = ServerConfiguration(host: host, port: 0, limits: limits)
        configuration.readBufferSize = 4096
        configuration.eventLoops = eventLoops
        server = Server(configuration: configuration, responder: try Self.router(staticRoot: staticRoot),
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

import Foundation
import HTTPCore
import HTTPServer
import Logging
import NewsAPI
import NewsCorpus

/// A real Marsad server on a free port over the seed corpus and the real `Public/` folder,
/// wired as the executable wires it.
final class LiveServer: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedCorpus: Corpus = {
        let loaded = try! CorpusLoader.load(directory: root.appendingPathComponent("seeds").path)
        return Corpus(articles: loaded.articles)
    }()

    let server: Server
    let port: Int
    let store: SnapshotStore

    init(configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        store = SnapshotStore(Snapshot(corpus: LiveServer.seedCorpus))
        let files = StaticFiles(root: LiveServer.root.appendingPathComponent("Public").path)
        let router = try NewsService(store: store).router(files: { try files.respond(to: $0) })
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        configure(&configuration)
        var logger = Logger(label: "marsad-e2e")
        logger.logLevel = .warning
        server = Server(configuration: configuration, responder: router, logger: logger)
        port = try server.start()
    }

    func client() throws -> TestClient {
        try TestClient(port: port)
    }

    func stop() {
        server.shutdown(timeout: .seconds(2))
    }

    /// Runs `body` against a fresh server and stops it afterwards.
    static func with<T>(_ body: (LiveServer) throws -> T) throws -> T {
        let live = try LiveServer()
        defer { live.stop() }
        return try body(live)
    }
}

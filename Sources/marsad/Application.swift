import Dispatch
import Foundation
import HTTPCore
import HTTPServer
import Logging
import NewsAPI
import NewsCorpus

/// Wires the pieces: loads the corpus, builds the snapshot and routes, runs the server until
/// SIGTERM or SIGINT, then drains in-flight requests and returns.
struct Application {
    let settings: Settings

    func run() throws {
        let logger = Logger(label: "marsad")
        let started = ContinuousClock.now
        let loaded = try CorpusLoader.load(directory: settings.corpus)
        for warning in loaded.warnings {
            logger.warning("\(warning)")
        }
        let snapshot = Snapshot(corpus: Corpus(articles: loaded.articles))
        let store = SnapshotStore(snapshot)
        logger.info("loaded \(snapshot.corpus.articles.count) articles, \(snapshot.corpus.entities.count) entities, \(snapshot.corpus.events.count) events from \(settings.corpus) in \(started.duration(to: .now))")

        var routes = RouterBuilder()
        try NewsService(store: store).addRoutes(to: &routes)
        let files = StaticFiles(root: settings.publicFolder)
        routes.setFallback { request in
            if request.path == "/api" || request.path.hasPrefix("/api/") {
                throw HTTPError.notFound("No API resource at \(request.path).")
            }
            return try files.respond(to: request)
        }

        var configuration = ServerConfiguration(host: settings.host, port: settings.port)
        configuration.host = settings.host
        let server = Server(configuration: configuration, responder: routes.build(), logger: logger)
        _ = try server.start()

        let stopped = DispatchSemaphore(value: 0)
        ProcessSignals.onTermination { signal in
            logger.info("received \(signal), finishing requests in flight")
            stopped.signal()
        }
        stopped.wait()
        server.shutdown(timeout: .seconds(10))
        logger.info("stopped")
    }
}

import Dispatch
import EntityModel
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
    let http: HTTPSettings

    func run() throws {
        // Before any other thread exists, so that every thread inherits the blocked mask.
        ProcessSignals.blockTerminationSignals()
        ProcessSignals.ignoreBrokenPipe()
        Snapshot.warmUp()
        let logger = Logger(label: "marsad")
        let started = ContinuousClock.now
        if let weights = ModelWeights.shipped {
            logger.info("entity model loaded (\(weights.featureCount) features)")
        } else {
            logger.warning("entity model weights not found (looked in \(ModelWeights.shippedLocations.joined(separator: ", "))): the rules alone recognise entities")
        }
        let loaded = try CorpusLoader.load(directory: settings.corpus)
        for warning in loaded.warnings {
            logger.warning("\(warning)")
        }
        var corpus = Corpus(articles: loaded.articles)
        let journal: any ArticleStore
        if let folder = settings.data {
            let store = try JournalStore(folder: folder)
            let (changes, warnings) = try store.load()
            for warning in warnings { logger.warning("\(warning)") }
            corpus = corpus.applying(changes)
            journal = store
            logger.info("replayed \(changes.count) journaled changes from \(store.path)")
        } else {
            journal = VolatileArticleStore()
            logger.notice("no --data folder: articles added through the API live in memory only and are lost on exit")
        }
        if settings.apiToken == nil {
            logger.notice("MARSAD_API_TOKEN is not set: writes are disabled (403)")
        }
        let snapshot = Snapshot(corpus: corpus)
        let store = SnapshotStore(snapshot)
        logger.info("loaded \(snapshot.corpus.articles.count) articles, \(snapshot.corpus.entities.count) entities, \(snapshot.corpus.events.count) events from \(settings.corpus) in \(started.duration(to: .now))")

        let files = StaticFiles(root: settings.publicFolder)
        let service = NewsService(store: store, access: WriteAccess(token: settings.apiToken), journal: journal)
        let router = try service.router(files: { try files.respond(to: $0) })

        var configuration = ServerConfiguration(host: settings.host, port: settings.port)
        http.configure(&configuration, logger: logger)  // HTTP-layer hook (issues 7, 9)
        let server = Server(configuration: configuration, responder: router, logger: logger)
        // Corpus size gauges for /metrics, read at scrape time from the current snapshot.
        server.metrics.addGauge("marsad_corpus_articles", help: "Articles in the corpus.") {
            Double(store.snapshot.corpus.articles.count)
        }
        server.metrics.addGauge("marsad_corpus_entities", help: "Entities in the corpus.") {
            Double(store.snapshot.corpus.entities.count)
        }
        server.metrics.addGauge("marsad_corpus_events", help: "Dated events in the corpus.") {
            Double(store.snapshot.corpus.events.count)
        }
        _ = try server.start()

        let stopped = DispatchSemaphore(value: 0)
        let observation = ProcessSignals.onTermination(queue: DispatchQueue(label: "marsad.signals")) {
            logger.info("termination signal received, finishing requests in flight")
            stopped.signal()
        }
        withExtendedLifetime(observation) { stopped.wait() }
        server.shutdown(timeout: .seconds(http.shutdownTimeout))
        logger.info("stopped")
    }
}

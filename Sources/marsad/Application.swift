import Dispatch
import EntityModel
import Foundation
import HTTPCore
import HTTPServer
import Logging
import NewsAPI
import NewsCorpus
import NewsFetch
import PostgresStore

/// Wires the pieces: loads the corpus, builds the snapshot and routes, runs the server until
/// SIGTERM or SIGINT, then drains in-flight requests and returns.
struct Application {
    let settings: Settings
    let http: HTTPSettings
    let sharedStore: StoreSettings

    func run() throws {
        // Before any other thread exists, so that every thread inherits the blocked mask.
        ProcessSignals.blockTerminationSignals()
        ProcessSignals.ignoreBrokenPipe()
        HeapTuning.keepLargeBlocksMapped()  // before other threads allocate: one malloc arena
        Snapshot.warmUp()
        let logger = Logger(label: "marsad")
        let started = ContinuousClock.now
        if let weights = ModelWeights.shipped {
            logger.info("entity model loaded (\(weights.featureCount) features)")
        } else {
            logger.warning("entity model weights not found (looked in \(ModelWeights.shippedLocations.joined(separator: ", "))): the rules alone recognise entities")
        }
        let loaded = try CorpusLoader.load(directory: settings.corpus, readPage: Self.readSavedPage)
        for warning in loaded.warnings {
            logger.warning("\(warning)")
        }
        // With a data folder, the analyses kept there from the last run spare analysing again.
        var analysisCache = settings.data.map { folder in
            let (cache, warning) = AnalysisCache.load(folder: folder)
            if let warning { logger.warning("\(warning)") }
            return cache
        }
        let (dated, analyses) = ArticleAnalysis.datingAndAnalyzing(loaded.articles, cache: analysisCache)
        var corpus = Corpus(articles: dated, analyses: analyses)
        let journal: any ArticleStore
        var subscriptions: [FeedRecord] = []
        var shared: PostgresArticleStore?
        if let url = sharedStore.url {
            let (opened, changes) = try openSharedStore(url, logger: logger)
            subscriptions = ArticleChange.feeds(after: changes)
            corpus = corpus.applying(consume changes)
            journal = opened
            shared = opened
        } else if let folder = settings.data {
            let store = try JournalStore(folder: folder)
            let (changes, prepared, warnings) = try store.loadPreparing()
            for warning in warnings { logger.warning("\(warning)") }
            subscriptions = ArticleChange.feeds(after: changes)
            let count = changes.count
            corpus = corpus.applying(consume changes, prepared: prepared, cache: analysisCache)
            journal = store
            logger.info("replayed \(count) journaled changes from \(store.path)")
            if let analysisCache {
                logger.info("analysis cache: \(analysisCache.reusedCount) analyses reused (the file keeps \(analysisCache.count))")
            }
        } else {
            journal = VolatileArticleStore()
            logger.notice("no --data folder nor --store: articles added through the API live in memory only and are lost on exit")
        }
        // What the files hold is all the keeper needs from now on; their bytes go.
        let cachedFiles = analysisCache.map(AnalysisCacheFiles.init) ?? AnalysisCacheFiles(keys: [], logEntries: 0, hasLog: false)
        analysisCache = nil
        if settings.apiToken == nil && settings.apiTokens.isEmpty {
            logger.notice("MARSAD_API_TOKEN is not set: writes are disabled (403)")
        }
        let snapshot = Snapshot(corpus: corpus)
        let store = SnapshotStore(snapshot)
        let origins = StartupReport.origins(of: snapshot.corpus, corpusIDs: Set(loaded.articles.map(\.id)),
                                            folder: settings.corpus, journaled: settings.data != nil || shared != nil)
        logger.info("loaded \(snapshot.corpus.articles.count) articles \(origins), \(snapshot.corpus.entities.count) entities, \(snapshot.corpus.events.count) events in \(started.duration(to: .now))")
        if let warning = StartupReport.publicFolderWarning(settings.publicFolder) { logger.warning("\(warning)") }

        let files = StaticFiles(root: settings.publicFolder)
        let feeds = FeedService(store: store, journal: journal, allowPrivateAddresses: settings.allowPrivateFetch,
                                subscriptions: subscriptions)
        if settings.allowPrivateFetch {
            logger.warning("--allow-private-fetch: feeds and fetched links may reach private and loopback addresses")
        }
        let service = NewsService(store: store, access: WriteAccess(token: settings.apiToken, labelled: settings.apiTokens),
                                  journal: journal, feeds: feeds,
                                  readiness: shared.map { Self.readiness(of: $0, staleness: sharedStore.staleness) })
        let router = try service.router(files: { try files.respond(to: $0) })

        var configuration = ServerConfiguration(host: settings.host, port: settings.port)
        http.configure(&configuration, logger: logger)  // HTTP-layer hook (issues 7, 9)
        configuration.limits.bodyLimitsByPath.merge(NewsService.largeBodyLimits) { $1 }
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
        if let shared {
            server.metrics.addGauge("marsad_store_applied_seq", help: "Last change-log sequence number applied here.") {
                Double(shared.appliedSequence)
            }
            server.metrics.addGauge("marsad_store_contact_age_seconds", help: "Seconds since the shared store last answered.") {
                let age = shared.sinceContact.components
                return Double(age.seconds) + Double(age.attoseconds) / 1e18
            }
        }
        _ = try server.start()
        let cacheKeeper = settings.data.map { folder in
            AnalysisCacheKeeper(folder: folder, files: cachedFiles, logger: logger)
        }
        cacheKeeper?.start(store, everySeconds: 60)
        let follower = shared.map { follow($0, snapshots: store, feeds: feeds, logger: logger) }
        // Feed polling: due feeds are polled every 30 s on the feeds' own queue.
        let polling = sharedStore.feedPolling ? feeds.startPolling(every: .seconds(30)) : nil
        if !sharedStore.feedPolling {
            logger.notice("--no-feed-polling: this replica does not poll feeds")
        } else if !subscriptions.isEmpty {
            logger.info("polling \(subscriptions.count) feed subscriptions")
        }

        let stopped = DispatchSemaphore(value: 0)
        let observation = ProcessSignals.onTermination(queue: DispatchQueue(label: "marsad.signals")) {
            logger.info("termination signal received, finishing requests in flight")
            stopped.signal()
        }
        withExtendedLifetime(observation) { stopped.wait() }
        // One shutdown timeout for everything in flight: requests first, then a feed poll.
        let deadline = ContinuousClock.now + .seconds(http.shutdownTimeout)
        polling?.cancel()
        follower?.stop()
        server.shutdown(timeout: .seconds(http.shutdownTimeout))
        // A poll in flight ends (or times out) before the process exits under it.
        if !feeds.finishPolls(within: max(.zero, deadline - .now)) {
            logger.warning("a feed poll was still running at the end of the shutdown timeout; exiting without it")
        }
        cacheKeeper?.stop()
        logger.info("stopped")
    }
}

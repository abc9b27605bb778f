import Logging
import NewsAPI
import NewsCorpus
import PostgresStore

extension Application {
    /// Connects to the shared PostgreSQL store (migrating its schema) and reads its change log.
    func openSharedStore(_ url: DatabaseURL, logger: Logger) throws -> (PostgresArticleStore, [ArticleChange]) {
        logger.info("connecting to the shared store \(url.redacted)")
        if let folder = sharedStore.ignoredDataFolder {
            logger.notice("MARSAD_DATA=\(folder) is not used: writes go to the shared store")
        }
        let shared = try PostgresArticleStore(url: url) { versions in
            if !versions.isEmpty { logger.info("applied schema migrations \(versions.map(String.init).joined(separator: ", "))") }
        }
        let (changes, warnings) = try shared.load()
        for warning in warnings { logger.warning("\(warning)") }
        logger.info("read \(changes.count) changes from the shared store (up to seq \(shared.appliedSequence))")
        return (shared, changes)
    }

    /// Starts following the shared store's change log: changes other replicas commit are applied
    /// to the snapshot (through `Corpus.applying`, like this replica's own writes) and their
    /// subscriptions to `feeds`.
    func follow(_ shared: PostgresArticleStore, snapshots: SnapshotStore, feeds: FeedService,
                logger: Logger) -> ChangeFollower {
        let follower = ChangeFollower(store: shared, pollInterval: sharedStore.pollInterval,
                                      log: { logger.warning("\($0)") }) { pending in
            try snapshots.update { current in
                let changes = try pending()
                guard !changes.isEmpty else { return (current, ()) }
                feeds.follow(changes)
                return (Snapshot(corpus: current.corpus.applying(changes), previous: current), ())
            }
        }
        follower.start()
        return follower
    }

    /// `/readyz` is 503 once the shared store has not answered for longer than the staleness.
    static func readiness(of shared: PostgresArticleStore, staleness: Duration) -> ReadinessCheck {
        { () -> String? in
            let since = shared.sinceContact
            guard since > staleness else { return nil }
            return "no contact with the shared store for \(since.components.seconds) s (limit \(staleness.components.seconds) s)"
        }
    }
}

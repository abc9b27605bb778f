import ArgumentParser
import PostgresStore

/// The shared store: `--store` (env `MARSAD_STORE`), a PostgreSQL URL, and how long it may be
/// out of reach before `/readyz` answers 503 (`--store-staleness`, env `MARSAD_STORE_STALENESS`,
/// seconds, default 10). Without a store, the journal (`--data`) or memory keeps the writes.
struct StoreSettings {
    var url: DatabaseURL?
    var staleness: Duration
    /// Seconds between change-log polls when no notification comes (the safety net).
    var pollInterval: Duration = .seconds(2)

    static let defaultStaleness = 10

    /// Whether this replica polls feeds (`--no-feed-polling`, env `MARSAD_FEED_POLLING=0`, turns it
    /// off): with several replicas on one store, let one of them poll, so that two never import
    /// the same entry at the same moment.
    var feedPolling = true
    /// `MARSAD_DATA` when a store is given too: not used (the container image sets it).
    var ignoredDataFolder: String?

    /// `dataFlag` is `--data` as given on the command line: with a store, an error; the
    /// environment's `MARSAD_DATA` is only ignored.
    init(store: String?, staleness: Int?, dataFlag: String?, environment: [String: String]) throws {
        let text = store ?? environment["MARSAD_STORE"].flatMap { $0.isEmpty ? nil : $0 }
        if let text {
            guard let url = DatabaseURL(text) else {
                // Never echo the text: it may hold a password.
                throw ValidationError("--store/MARSAD_STORE must be a PostgreSQL URL (postgres://user:password@host:port/database).")
            }
            if dataFlag != nil {
                throw ValidationError("Choose one store: --store (PostgreSQL, shared by replicas) or --data (this machine's journal), not both.")
            }
            self.url = url
            ignoredDataFolder = environment["MARSAD_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        }
        let seconds: Int
        if let staleness {
            seconds = staleness
        } else if let value = environment["MARSAD_STORE_STALENESS"] {
            guard let number = Int(value) else {
                throw ValidationError("MARSAD_STORE_STALENESS must be a whole number of seconds; got '\(value)'.")
            }
            seconds = number
        } else {
            seconds = Self.defaultStaleness
        }
        guard seconds >= 1 else {
            throw ValidationError("The store staleness must be at least 1 second; got \(seconds).")
        }
        self.staleness = .seconds(seconds)
    }

    /// `--no-feed-polling` wins; else `MARSAD_FEED_POLLING` of `0`, `false` or `no` turns polling off.
    static func feedPolling(flag: Bool, environment: [String: String]) -> Bool {
        flag && !["0", "false", "no", "off"].contains(environment["MARSAD_FEED_POLLING"]?.lowercased() ?? "")
    }
}

import Foundation
import NewsCorpus
import Synchronization

/// Follows the change log on its own thread and connection: `LISTEN article_changes`, then on
/// every notification, on every (re)connection and at least every `pollInterval` (a safety net
/// for a lost notification), reads the changes after the last one applied (outside the
/// snapshot's writer lock) and hands those still new to `apply`, in order. A broken connection is retried with exponential backoff; meanwhile the
/// replica keeps serving what it has.
public final class ChangeFollower: Sendable {
    /// Called with a function that returns the pending changes (counting them applied); `apply`
    /// calls it under the snapshot's writer lock and applies what it returns there.
    public typealias Apply = @Sendable (_ pending: () throws -> [ArticleChange]) throws -> Void

    let store: PostgresArticleStore
    let pollInterval: Duration
    let log: @Sendable (String) -> Void
    let apply: Apply
    private let stopped = Atomic<Bool>(false)

    /// `log` receives one line per connection change and per skipped change.
    public init(store: PostgresArticleStore, pollInterval: Duration = .seconds(2),
                log: @escaping @Sendable (String) -> Void, apply: @escaping Apply) {
        self.store = store
        self.pollInterval = pollInterval
        self.log = log
        self.apply = apply
    }

    /// Starts the follower's thread.
    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = "marsad.follower"
        thread.start()
    }

    /// Asks the thread to stop (within one poll interval).
    public func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    private func run() {
        var backoff = Backoff()
        var wasConnected = true
        while !stopped.load(ordering: .relaxed) {
            do {
                let connection = try Connection(url: store.url)
                try connection.execute("LISTEN " + PostgresArticleStore.channel)
                backoff.succeeded()
                if !wasConnected { log("following \(store.url.redacted) again") }
                wasConnected = true
                try follow(on: connection)
            } catch {
                if wasConnected { log("change follower: \(error); reconnecting with backoff") }
                wasConnected = false
                Thread.sleep(forTimeInterval: Self.seconds(backoff.failed()))
            }
        }
    }

    /// Catches up, then waits for notifications and catches up again, until the connection
    /// breaks (throws) or the follower is stopped.
    private func follow(on connection: Connection) throws {
        let milliseconds = Int32(clamping: pollInterval.components.seconds * 1000
                                 + pollInterval.components.attoseconds / 1_000_000_000_000_000)
        while !stopped.load(ordering: .relaxed) {
            try catchUp(on: connection)
            connection.waitForInput(milliseconds: milliseconds)
            _ = try connection.notifications()
        }
    }

    private func catchUp(on connection: Connection) throws {
        let rows = try store.fetchPending(on: connection)
        guard !rows.isEmpty else { return }
        try apply {
            let (changes, warnings) = store.take(rows)
            for warning in warnings { log(warning) }
            return changes
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

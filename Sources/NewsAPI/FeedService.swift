import Dispatch
import Foundation
import HTTPCore
import NewsCorpus
import NewsFetch
import Synchronization

/// Feed subscriptions and the fetching of links: subscribes and unsubscribes (journaled, so
/// they survive a restart), polls feeds one at a time on its own serial queue, and imports
/// single pages. New entries become articles through `FetchedArticleWriter`, the write path of
/// `POST /api/articles`, and an entry whose link is already an article is not added again.
public final class FeedService: Sendable {
    let store: SnapshotStore
    let journal: any ArticleStore
    let fetcher: PageFetcher
    let importer: PageImporter
    /// At most this many `POST /api/articles/fetch` fetch at once.
    let fetchGate = FetchGate(limit: 4)
    let feeds: Mutex<[FeedState]>
    /// Polls run here one after another, whether from the timer or a request.
    let pollQueue = DispatchQueue(label: "marsad.feeds")
    /// Whether the process is shutting down (`finishPolls`).
    private let finishing = Atomic(false)

    static let acceptFeed = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
    /// The most entries of one feed document imported per poll (the newest).
    static let maxItemsPerPoll = 100

    /// `subscriptions` are those replayed from the journal (`ArticleChange.feeds(after:)`);
    /// each is polled at the first timer tick.
    public init(store: SnapshotStore, journal: any ArticleStore = VolatileArticleStore(),
                policy: FetchPolicy = FetchPolicy(), subscriptions: [FeedRecord] = []) {
        self.store = store
        self.journal = journal
        fetcher = PageFetcher(policy: policy)
        importer = PageImporter(fetcher: fetcher, writer: FetchedArticleWriter(store: store, journal: journal))
        feeds = Mutex(subscriptions.map { FeedState(record: $0, nextPoll: Date()) })
    }

    /// The same with only the private-address permission set (the executable's flag).
    public convenience init(store: SnapshotStore, journal: any ArticleStore, allowPrivateAddresses: Bool,
                            subscriptions: [FeedRecord]) {
        self.init(store: store, journal: journal, policy: FetchPolicy(allowPrivateAddresses: allowPrivateAddresses),
                  subscriptions: subscriptions)
    }

    // MARK: Subscriptions

    /// Subscribes to `url` (checked against the fetch policy first), or changes the interval of
    /// the existing subscription to it. Returns the feed and whether it is new; a new feed is
    /// polled at once in the background.
    func subscribe(url: URL, intervalMinutes: Int) throws(HTTPError) -> (state: FeedState, created: Bool) {
        do {
            try fetcher.policy.check(url)
        } catch {
            throw error.httpError
        }
        let text = url.absoluteString
        let result: (FeedState, Bool) = try feeds.withLock { (list: inout [FeedState]) throws(HTTPError) -> (FeedState, Bool) in
            if let i = list.firstIndex(where: { $0.record.url == text }) {
                if list[i].record.intervalMinutes != intervalMinutes {
                    var record = list[i].record
                    record.intervalMinutes = intervalMinutes
                    try journalChange(.feed(record))
                    list[i].record = record
                    list[i].nextPoll = min(list[i].nextPoll, Date().addingTimeInterval(Double(intervalMinutes) * 60))
                }
                return (list[i], false)
            }
            let record = FeedRecord(id: Self.newID(), url: text, intervalMinutes: intervalMinutes,
                                    created: FeedState.timestamp(Date()))
            try journalChange(.feed(record))
            let state = FeedState(record: record, nextPoll: Date())
            list.append(state)
            return (state, true)
        }
        if result.1 {
            let id = result.0.record.id
            pollQueue.async { [self] in
                guard !isFinishing else { return }
                _ = pollNow(id)
            }
        }
        return result
    }

    /// Ends the subscription `id`; false when there is none.
    func unsubscribe(id: String) throws(HTTPError) -> Bool {
        try feeds.withLock { (list: inout [FeedState]) throws(HTTPError) -> Bool in
            guard let i = list.firstIndex(where: { $0.record.id == id }) else { return false }
            try journalChange(.removeFeed(id: id))
            list.remove(at: i)
            return true
        }
    }

    /// Every subscription, oldest first.
    var subscriptions: [FeedState] { feeds.withLock { $0 } }

    func subscription(id: String) -> FeedState? {
        feeds.withLock { list in list.first { $0.record.id == id } }
    }

    private func journalChange(_ change: ArticleChange) throws(HTTPError) {
        do {
            try journal.append(change)
        } catch {
            throw HTTPError(.serviceUnavailable, detail: "The subscription could not be stored; nothing was changed.")
        }
    }

    /// A new random feed id (`f-` and 16 hex digits).
    static func newID() -> String {
        let hex = String(UInt64.random(in: .min ... .max), radix: 16)
        return "f-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Polling

    /// Polls feed `id` now, after any poll already running; nil when there is no such feed.
    public func poll(id: String) -> PollReport? {
        pollQueue.sync { pollNow(id) }
    }

    /// For shutdown: starts no more polls, and waits up to `timeout` for the one running to end,
    /// so the process does not exit under a fetch in flight. True when no poll is left.
    public func finishPolls(within timeout: Duration) -> Bool {
        finishing.store(true, ordering: .sequentiallyConsistent)
        let drained = DispatchSemaphore(value: 0)
        pollQueue.async { drained.signal() }
        return drained.wait(timeout: .now() + .nanoseconds(Int(timeout / .nanoseconds(1)))) == .success
    }

    /// Set by `finishPolls`: background polls queued after it do nothing.
    var isFinishing: Bool { finishing.load(ordering: .sequentiallyConsistent) }

    /// Polls every feed whose time has come (what the timer does).
    public func pollDue(now: Date = Date()) {
        pollQueue.sync { pollDueNow(now) }
    }

    /// Starts a Dispatch timer that polls due feeds every `period`; keep the returned value
    /// and call `cancel()` on it to stop.
    public func startPolling(every period: Duration = .seconds(30)) -> any DispatchSourceTimer {
        let timer = DispatchSource.makeTimerSource(queue: pollQueue)
        let (whole, atto) = period.components
        let seconds = Double(whole) + Double(atto) / 1e18
        timer.schedule(deadline: .now() + seconds, repeating: seconds, leeway: .seconds(1))
        timer.setEventHandler { [self] in pollDueNow(Date()) }
        timer.resume()
        return timer
    }

    func pollDueNow(_ now: Date) {
        dispatchPrecondition(condition: .onQueue(pollQueue))
        guard !isFinishing else { return }
        let due = feeds.withLock { list in list.filter { $0.nextPoll <= now }.map(\.record.id) }
        for id in due { _ = pollNow(id) }
    }
}

import Dispatch
import Logging
import NewsAPI
import NewsCorpus
import Synchronization

/// Keeps the data folder's analysis cache in step with the served corpus: after the start-up
/// load, then every `interval` when the snapshot has changed (writes), and once more at
/// shutdown, it rewrites the file whole (atomically) when the corpus's dated articles are no
/// longer exactly the ones the file holds. Runs on a utility queue of its own.
final class AnalysisCacheKeeper: Sendable {
    let folder: String
    let logger: Logger
    private let queue = DispatchQueue(label: "marsad.analysis-cache", qos: .utility)
    /// The keys the file holds, and the snapshot last compared with them.
    private let state: Mutex<(keys: Set<AnalysisKey>, checked: Snapshot?)>
    private let timer = Mutex<DispatchSourceTimer?>(nil)

    /// A keeper of the cache in `folder` whose file holds `keys` now.
    init(folder: String, keys: Set<AnalysisKey>, logger: Logger) {
        self.folder = folder
        self.logger = logger
        state = Mutex((keys, nil))
    }

    /// Brings the file up to date with `store`'s snapshot now (in the background), then checks
    /// every `interval`.
    func start(_ store: SnapshotStore, every interval: Duration) {
        let source = DispatchSource.makeTimerSource(queue: queue)
        let nanoseconds = Int(interval.components.seconds) * 1_000_000_000 + Int(interval.components.attoseconds / 1_000_000_000)
        source.schedule(deadline: .now(), repeating: .nanoseconds(nanoseconds), leeway: .seconds(1))
        source.setEventHandler { [self] in refresh(store.snapshot) }
        source.resume()
        timer.withLock { $0 = source }
    }

    /// Stops the checks and brings the file up to date one last time (waits for it).
    func stop(_ store: SnapshotStore) {
        timer.withLock { $0?.cancel() }
        queue.sync { refresh(store.snapshot) }
    }

    /// Rewrites the file when `snapshot`'s dated articles differ from the file's entries.
    private func refresh(_ snapshot: Snapshot) {
        let previous = state.withLock { $0 }
        guard previous.checked !== snapshot else { return }
        let current = Set(snapshot.corpus.analysisKeys)
        guard current != previous.keys else {
            state.withLock { $0.checked = snapshot }
            return
        }
        let started = ContinuousClock.now
        do {
            let writer = snapshot.corpus.analysisCache()
            let size = try writer.write(folder: folder)
            state.withLock { $0 = (current, snapshot) }
            logger.info("analysis cache: wrote \(writer.count) analyses (\(size / 1024) KiB) in \(started.duration(to: .now))")
        } catch {
            state.withLock { $0.checked = snapshot }
            logger.warning("analysis cache not written: \(error)")
        }
    }
}

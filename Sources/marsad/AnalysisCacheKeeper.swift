import Dispatch
import Foundation
import Logging
import NewsAPI
import NewsCorpus
import Synchronization

/// Keeps the data folder's analysis cache in step with the served corpus: after the start-up
/// load, then every `interval` when the snapshot has changed (writes), and once more at
/// shutdown, it rewrites the file whole (atomically) when the corpus's dated articles are no
/// longer exactly the ones the file holds. Runs on a thread of its own.
final class AnalysisCacheKeeper: Sendable {
    let folder: String
    let logger: Logger
    /// The keys the file holds, and the snapshot last compared with them.
    private let state: Mutex<(keys: Set<AnalysisKey>, checked: Snapshot?)>
    private let stopping = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// A keeper of the cache in `folder` whose file holds `keys` now.
    init(folder: String, keys: Set<AnalysisKey>, logger: Logger) {
        self.folder = folder
        self.logger = logger
        state = Mutex((keys, nil))
    }

    /// Brings the file up to date with `store`'s snapshot now (in the background), then checks
    /// every `seconds` until `stop`.
    func start(_ store: SnapshotStore, everySeconds seconds: Int) {
        Thread.detachNewThread { [self] in
            refresh(store.snapshot)
            while stopping.wait(timeout: .now() + .seconds(seconds)) == .timedOut {
                refresh(store.snapshot)
            }
            refresh(store.snapshot)
            finished.signal()
        }
    }

    /// Brings the file up to date one last time and returns when it is written.
    func stop() {
        stopping.signal()
        finished.wait()
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
            let (count, size) = try { () throws -> (Int, Int) in
                let writer = snapshot.corpus.analysisCache()
                return (writer.count, try writer.save(in: folder))
            }()
            // The writer's buffers (about twice the file) are freed by now: give their pages back.
            HeapTuning.releaseFreeMemory()
            state.withLock { $0 = (current, snapshot) }
            logger.info("analysis cache: wrote \(count) analyses (\(size / 1024) KiB) in \(started.duration(to: .now))")
        } catch {
            state.withLock { $0.checked = snapshot }
            logger.warning("analysis cache not written: \(error)")
        }
    }
}

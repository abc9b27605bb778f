import Dispatch
import Foundation
import Logging
import NewsAPI
import NewsCorpus
import Synchronization

/// Keeps the data folder's analysis cache in step with the served corpus: after the start-up
/// load, then every `interval` when the snapshot has changed (writes), and once more at
/// shutdown. The analyses of dated articles the files lack are appended to the cache's log
/// (`AnalysisCacheLog`: a write costs its own entries); the cache file is rewritten whole
/// (atomically), with the log folded in and removed, at start-up when a log is left over, and
/// when the log or the entries of removed articles outgrow a quarter of the file (`plan`).
/// Runs on a thread of its own, at a lower CPU priority than the requests.
final class AnalysisCacheKeeper: Sendable {
    let folder: String
    let logger: Logger
    /// What the files hold, and the snapshot last compared with them (marked, not held).
    private let state: Mutex<(files: AnalysisCacheFiles, checked: SnapshotMark)>
    private let stopping = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// A keeper of the cache in `folder` whose files hold `files` now.
    init(folder: String, files: AnalysisCacheFiles, logger: Logger) {
        self.folder = folder
        self.logger = logger
        state = Mutex((files, SnapshotMark()))
    }

    /// Brings the file up to date with `store`'s snapshot now (in the background), then checks
    /// every `seconds` until `stop`.
    func start(_ store: SnapshotStore, everySeconds seconds: Int) {
        Thread.detachNewThread { [self] in
            ThreadPriority.lower()
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

    /// Appends the analyses `snapshot`'s dated articles lack in the files, or rewrites the file.
    private func refresh(_ snapshot: Snapshot) {
        let previous = state.withLock { $0 }
        guard !previous.checked.isOf(snapshot) else { return }
        let current = Set(snapshot.corpus.analysisKeys)
        let started = ContinuousClock.now
        do {
            switch previous.files.plan(for: current) {
            case .nothing:
                state.withLock { $0.checked = SnapshotMark(snapshot) }
                return
            case .append(let missing):
                let writer = snapshot.corpus.analysisCache(only: missing)
                let size = try writer.append(in: folder)
                state.withLock { $0 = (previous.files.appended(missing), SnapshotMark(snapshot)) }
                logger.info("analysis cache: appended \(writer.count) analyses (\(size / 1024) KiB) in \(started.duration(to: .now))")
            case .rewrite:
                let (count, size) = try { () throws -> (Int, Int) in
                    let writer = snapshot.corpus.analysisCache()
                    return (writer.count, try writer.save(in: folder))
                }()
                try AnalysisCacheLog.remove(in: folder)
                // The writer's buffers (about twice the file) are freed by now: give their pages back.
                HeapTuning.releaseFreeMemory()
                state.withLock { $0 = (AnalysisCacheFiles(keys: current, logEntries: 0, hasLog: false), SnapshotMark(snapshot)) }
                logger.info("analysis cache: wrote \(count) analyses (\(size / 1024) KiB) in \(started.duration(to: .now))")
            }
        } catch {
            // The log may hold a torn block now: the next change rewrites the file.
            state.withLock { $0 = (previous.files.damaged(), SnapshotMark(snapshot)) }
            logger.warning("analysis cache not written: \(error)")
        }
    }
}

import Foundation
import NewsCorpus
import Synchronization

/// Holds the current snapshot and swaps it atomically on change. Readers take the current
/// snapshot (a reference, under a lock held for a pointer copy) and never see a half-built one;
/// writers are serialised so that concurrent changes are all applied, in order, while reads go on.
public final class SnapshotStore: Sendable {
    private let current: Mutex<Snapshot>
    private let writers = Mutex<Void>(())
    /// Whether a merge thread is running (at most one at a time).
    private let merging = Mutex(false)
    private let mergesInBackground: Bool

    /// A store serving `initial`; with `mergesInBackground`, once writes have grown the index's
    /// segment to half its limit (`LiveIndex.needsMerge`), it is merged into a new base on a
    /// thread of its own (else only by `mergeNow()`).
    public init(_ initial: Snapshot, mergesInBackground: Bool = true) {
        current = Mutex(initial)
        self.mergesInBackground = mergesInBackground
    }

    /// The snapshot to answer a request from.
    public var snapshot: Snapshot {
        current.withLock { $0 }
    }

    /// Builds the next snapshot from the current one and publishes it. `transform` runs
    /// outside the readers' lock; it may throw to leave the corpus unchanged.
    @discardableResult
    public func update<R>(_ transform: (Snapshot) throws -> (Snapshot, R)) rethrows -> R {
        try writers.withLock { _ in
            let (next, result) = try transform(snapshot)
            let replaced = current.withLock { current in
                defer { current = next }
                return current
            }
            Self.releaseInBackground(ReleaseBox(consume replaced))
            if mergesInBackground && next.index.needsMerge { startMerging() }
            return result
        }
    }

    /// Merges the current snapshot's index segment into one base (and encodes its article
    /// bodies) off to the side, then publishes it; when writes came in meanwhile, their
    /// changes become the new base's segment, and the merge goes on until none is left.
    /// Readers and writers are never held up by the build, only by the swap.
    public func mergeNow() {
        while true {
            let start = snapshot
            guard !start.index.isWhole else { return }
            let merged = start.merged()
            let done = writers.withLock { _ in
                let latest = snapshot
                let next = latest === start ? merged : latest.rebased(on: merged)
                let replaced = current.withLock { current in
                    defer { current = next }
                    return current
                }
                Self.releaseInBackground(ReleaseBox(consume replaced))
                return next.index.isWhole
            }
            if done { return }
        }
    }

    /// Drops the store's reference to a replaced snapshot on another thread: when no reader
    /// holds it, freeing what it alone kept (the previous version's tables, a few percent of a
    /// corpus's objects; after a bulk request or a merge, a whole index) does not delay the
    /// write's response. The free pages are then given back to the system (glibc keeps them
    /// resident otherwise: ~30 MiB after a bulk import of 31k articles).
    private static func releaseInBackground(_ box: ReleaseBox) {
        DispatchQueue.global(qos: .utility).async {
            box.drop()
            HeapTuning.releaseFreeMemory()
        }
    }

    private func startMerging() {
        let idle = merging.withLock { running in
            defer { running = true }
            return !running
        }
        guard idle else { return }
        Thread.detachNewThread { [self] in
            mergeNow()
            merging.withLock { $0 = false }
            // A write between the last merge and the flag's reset would otherwise wait for the next one.
            if snapshot.index.needsMerge { startMerging() }
        }
    }
}

/// Holds the store's reference to a replaced snapshot, moved in so that the writer keeps none,
/// until `drop` on another thread (`SnapshotStore.releaseInBackground`).
private final class ReleaseBox: Sendable {
    private let held: Mutex<Snapshot?>

    init(_ snapshot: consuming Snapshot) {
        held = Mutex(Optional(snapshot))
    }

    func drop() {
        held.withLock { $0 = nil }
    }
}

import Synchronization

/// Holds the current snapshot and swaps it atomically on change. Readers take the current
/// snapshot (a reference, under a lock held for a pointer copy) and never see a half-built one;
/// writers are serialised so that concurrent changes are all applied, in order, while reads go on.
public final class SnapshotStore: Sendable {
    private let current: Mutex<Snapshot>
    private let writers = Mutex<Void>(())

    public init(_ initial: Snapshot) {
        current = Mutex(initial)
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
            current.withLock { $0 = next }
            return result
        }
    }
}

/// Which snapshot a background task last looked at, without keeping it alive: a replaced
/// snapshot must be freed when the store and the readers let go of it, not when the task next
/// wakes (the analysis cache keeper wakes once a minute, and a snapshot replaced after a bulk
/// import holds a whole index).
public struct SnapshotMark: Sendable {
    private weak var marked: Snapshot?

    /// A mark of none.
    public init() {}

    /// A mark of `snapshot`.
    public init(_ snapshot: Snapshot) {
        marked = snapshot
    }

    /// Whether the mark is of `snapshot` (false once the marked snapshot is gone).
    public func isOf(_ snapshot: Snapshot) -> Bool {
        marked === snapshot
    }
}

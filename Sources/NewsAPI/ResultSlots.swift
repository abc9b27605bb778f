import Synchronization

/// Results filled in by concurrent workers, each slot once, read after they all finish.
final class ResultSlots<T: Sendable>: Sendable {
    private let slots: Mutex<[T?]>

    init(count: Int) {
        slots = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: T) {
        slots.withLock { $0[index] = value }
    }

    /// Every slot's value; each must have been set.
    var values: [T] {
        slots.withLock { $0.map { $0! } }
    }
}

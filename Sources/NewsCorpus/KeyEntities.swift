import ArabicText

/// Grouping keys (`EntityResolver.keys(of:)`) with the position of their entity: what a
/// `[String: Int32]` did, the keys numbered once in a `StringTable` (one UTF-8 buffer) instead of
/// a `String` object and a dictionary entry each.
struct KeyEntities: Sendable {
    private var keys = StringTable()
    /// Entity position by key id.
    private var positions: [Int32] = []

    /// How many keys.
    var count: Int { positions.count }

    /// The entity position of `key`, nil when the key is unknown. Keys are never removed.
    subscript(key: String) -> Int32? {
        get { keys.id(of: key).map { positions[Int($0)] } }
        set {
            guard let newValue else { preconditionFailure("grouping keys are never removed") }
            let (id, inserted) = keys.insert(key)
            if inserted { positions.append(newValue) } else { positions[Int(id)] = newValue }
        }
    }

    /// Room for the keys `added` (some maybe known already), so that a copy of a shared table
    /// being extended does not double its buffers.
    mutating func reserveCapacity(adding added: some Collection<String>) {
        keys.reserveCapacity(adding: added.count, bytes: added.reduce(0) { $0 + $1.utf8.count })
        positions.reserveCapacity(positions.count + added.count)
    }

    /// The same table with its buffers at their exact sizes.
    func compacted() -> KeyEntities {
        var table = self
        table.keys = keys.compacted()
        table.positions = positions.withUnsafeBufferPointer { Array($0) }
        return table
    }

    /// Bytes the table holds (its buffers' capacity).
    var byteCount: Int { keys.byteCount + positions.capacity * 4 }
}

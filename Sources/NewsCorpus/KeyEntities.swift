import ArabicText

/// Grouping keys (`EntityResolver.keys(of:)`) with the position of their entity: what a
/// `[String: Int32]` did, without a `String` object and a dictionary entry per key. Person keys
/// are numbered by the person-merge index already (it counts every person key of the corpus), so
/// their positions are kept by that number; the other keys (local names' too, which that index
/// leaves out) are numbered here in a `StringTable`.
/// Every call passes the merge index of the same resolution, updated before the keys are set.
struct KeyEntities: Sendable {
    /// Organisation and location keys, and local names', numbered.
    private var keys = StringTable()
    /// Entity position by the number of `keys`.
    private var positions: [Int32] = []
    /// Entity position by the merge index's key number (-1: none; it also numbers keys that
    /// group no mention).
    private var personPositions: [Int32] = []

    /// The entity position of `key`, nil when the key is unknown. Keys are never removed.
    func position(of key: String, variants: PersonVariantIndex) -> Int32? {
        if PersonVariantIndex.isIndexed(key) {
            guard let id = variants.keyID(of: key).map(Int.init), id < personPositions.count,
                  personPositions[id] >= 0 else { return nil }
            return personPositions[id]
        }
        return keys.id(of: key).map { positions[Int($0)] }
    }

    /// Puts `key`'s entity at `position`, replacing an earlier one. A person key must be known
    /// to `variants` (it is counted there before its mentions are grouped).
    mutating func set(_ key: String, _ position: Int32, variants: PersonVariantIndex) {
        precondition(position >= 0, "a position below zero")
        if PersonVariantIndex.isIndexed(key) {
            guard let id = variants.keyID(of: key).map(Int.init) else { preconditionFailure("a person key the merge index does not know") }
            if id >= personPositions.count { extendPersonPositions(to: variants.keyCount) }
            personPositions[id] = position
            return
        }
        let (id, inserted) = keys.insert(key)
        if inserted { positions.append(position) } else { positions[Int(id)] = position }
    }

    /// Room for the keys `added` (some maybe known already) and for every key number of
    /// `variants`, so that a copy of a shared table being extended does not double its buffers.
    mutating func reserveCapacity(adding added: some Collection<String>, variants: PersonVariantIndex) {
        let others = added.filter { !PersonVariantIndex.isIndexed($0) }
        keys.reserveCapacity(adding: others.count, bytes: others.reduce(0) { $0 + $1.utf8.count })
        positions.reserveCapacity(positions.count + others.count)
        extendPersonPositions(to: variants.keyCount)
    }

    /// Person positions for key numbers up to `count` (-1, none yet), allocated at that size.
    private mutating func extendPersonPositions(to count: Int) {
        guard count > personPositions.count else { return }
        personPositions.reserveCapacity(count)
        personPositions.append(contentsOf: repeatElement(-1, count: count - personPositions.count))
    }

    /// The same table with its buffers at their exact sizes.
    func compacted() -> KeyEntities {
        var table = self
        table.keys = keys.compacted()
        table.positions = positions.withUnsafeBufferPointer { Array($0) }
        table.personPositions = personPositions.withUnsafeBufferPointer { Array($0) }
        return table
    }

    /// Bytes the table holds (its buffers' capacity).
    var byteCount: Int { keys.byteCount + 4 * (positions.capacity + personPositions.capacity) }
}

/// Positions in an array found by a string key of the element there (an article's id or URL, an
/// entity's id): an open-addressing table of 32-bit positions that reads the keys back from the
/// elements (`keyAt`) instead of holding them. Four to eight bytes a key where a `[String: Int]`
/// held 24 to 48 (a 16-byte key and an 8-byte value per bucket, at most 3/4 full); the strings
/// are the elements' own either way. Keys match as `String`s do (`==`, `hashValue`).
///
/// `keyAt` must give the key of every position already in the table (nil for a position that
/// has none): the table is only ever grown, never emptied of a key, so callers that rename or
/// remove elements build a new one.
struct KeyPositions: Sendable {
    /// Position + 1 of the key hashed to each slot (0: empty); a power of two, at most half full.
    private var slots: [Int32] = []
    /// How many keys.
    private(set) var count = 0

    /// An empty table.
    init() {}

    /// The table of `keys` (key, position), a later position replacing an earlier one of the
    /// same key as a dictionary's assignment does.
    init(_ keys: some Sequence<(String, Int)>, keyAt: (Int) -> String?) {
        for (key, position) in keys { set(key, position, keyAt: keyAt) }
    }

    /// Bytes the table holds.
    var byteCount: Int { 4 * slots.capacity }

    /// The position of `key`, or nil.
    func position(of key: String, keyAt: (Int) -> String?) -> Int? {
        guard !slots.isEmpty else { return nil }
        return find(key, keyAt: keyAt).position
    }

    /// Puts `key` at `position`, replacing its earlier position if it had one.
    mutating func set(_ key: String, _ position: Int, keyAt: (Int) -> String?) {
        insert(key, position, replacing: true, keyAt: keyAt)
    }

    /// Puts `key` at `position` unless it has one already (the first stays); whether it was added.
    @discardableResult
    mutating func add(_ key: String, _ position: Int, keyAt: (Int) -> String?) -> Bool {
        insert(key, position, replacing: false, keyAt: keyAt)
    }

    private mutating func insert(_ key: String, _ position: Int, replacing: Bool, keyAt: (Int) -> String?) -> Bool {
        precondition(position >= 0 && position < Int(Int32.max), "a position out of range")
        if 2 * (count + 1) > slots.count { grow(keyAt: keyAt) }
        let (found, slot) = find(key, keyAt: keyAt)
        if found != nil {
            if replacing { slots[slot] = Int32(position + 1) }
            return false
        }
        slots[slot] = Int32(position + 1)
        count += 1
        return true
    }

    /// The key's position if present, and its slot (else the empty slot where it belongs).
    private func find(_ key: String, keyAt: (Int) -> String?) -> (position: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = key.hashValue & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (nil, slot) }
            let position = Int(entry) - 1
            if keyAt(position) == key { return (position, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the slots (16 at first) and puts every position back.
    private mutating func grow(keyAt: (Int) -> String?) {
        let old = slots
        slots = Array(repeating: 0, count: max(16, old.count * 2))
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            guard let key = keyAt(Int(entry) - 1) else { preconditionFailure("a position without its key") }
            var slot = key.hashValue & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}

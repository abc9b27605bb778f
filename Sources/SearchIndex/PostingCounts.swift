/// The first half of the counting sort that lays out postings: per key, how many documents
/// and positions it will hold.
struct PostingCounts {
    private(set) var documents: [UInt32] = []
    private(set) var positions: [UInt32] = []

    /// Counts one document's sorted (key << 32 | position) pairs.
    mutating func count(_ keys: [UInt64], keyCount: Int) {
        if documents.count < keyCount {
            documents += repeatElement(0, count: keyCount - documents.count)
            positions += repeatElement(0, count: keyCount - positions.count)
        }
        var i = 0
        while i < keys.count {
            let key = Int(keys[i] >> 32)
            documents[key] += 1
            while i < keys.count, Int(keys[i] >> 32) == key {
                positions[key] += 1
                i += 1
            }
        }
    }

    /// Offsets for every key, ready to be filled.
    func layout() -> PostingFill {
        var offsets: [UInt32] = []
        offsets.reserveCapacity(documents.count)
        var total = 0
        for key in documents.indices {
            offsets.append(UInt32(total))
            let n = Int(documents[key])
            total += 1 + n + n + 1 + Int(positions[key])
        }
        var storage = [UInt32](repeating: 0, count: total)
        for key in documents.indices { storage[Int(offsets[key])] = documents[key] }
        return PostingFill(storage: storage, offsets: offsets)
    }
}

/// The second half: writes each document's postings into the slots counted for them.
struct PostingFill {
    private var storage: [UInt32]
    private let offsets: [UInt32]
    private var filledDocuments: [UInt32]
    private var filledPositions: [UInt32]

    init(storage: [UInt32], offsets: [UInt32]) {
        self.storage = storage
        self.offsets = offsets
        self.filledDocuments = [UInt32](repeating: 0, count: offsets.count)
        self.filledPositions = [UInt32](repeating: 0, count: offsets.count)
    }

    /// Writes one document's sorted (key << 32 | position) pairs, in document order.
    mutating func fill(_ keys: [UInt64], document: UInt32) {
        var i = 0
        while i < keys.count {
            let key = Int(keys[i] >> 32)
            let base = Int(offsets[key])
            let n = Int(storage[base])
            let slot = Int(filledDocuments[key])
            let startsBase = base + 1 + n
            let positionsBase = startsBase + n + 1
            storage[startsBase + slot] = filledPositions[key]
            while i < keys.count, Int(keys[i] >> 32) == key {
                let position = UInt32(truncatingIfNeeded: keys[i])
                storage[positionsBase + Int(filledPositions[key])] = position
                filledPositions[key] += 1
                i += 1
            }
            storage[base + 1 + slot] = document
            filledDocuments[key] += 1
            if Int(filledDocuments[key]) == n { storage[startsBase + n] = filledPositions[key] }
        }
    }

    /// The finished store.
    func store() -> PostingStore {
        PostingStore(storage: storage, offsets: offsets)
    }
}

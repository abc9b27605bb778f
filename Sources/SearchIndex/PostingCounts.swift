/// The first half of the counting sort that lays out postings: per key, how many documents
/// and positions it will hold.
struct PostingCounts {
    private(set) var documents: [UInt32] = []
    private(set) var positions: [UInt32] = []
    /// The most positions one document holds, per key.
    private(set) var mostInOneDocument: [UInt32] = []

    /// Counts one document's sorted (key << 32 | position) pairs.
    mutating func count(_ keys: [UInt64], keyCount: Int) {
        if documents.count < keyCount {
            documents += repeatElement(0, count: keyCount - documents.count)
            positions += repeatElement(0, count: keyCount - positions.count)
            mostInOneDocument += repeatElement(0, count: keyCount - mostInOneDocument.count)
        }
        var i = 0
        while i < keys.count {
            let key = Int(keys[i] >> 32)
            documents[key] += 1
            let first = i
            while i < keys.count, Int(keys[i] >> 32) == key {
                i += 1
            }
            positions[key] += UInt32(i - first)
            mostInOneDocument[key] = max(mostInOneDocument[key], UInt32(i - first))
        }
    }

    /// Offsets for every key, ready to be filled; narrow position offsets (`PostingLayout`)
    /// for the keys no document holds more than `PostingLayout.narrowLimit` times.
    func layout() -> PostingFill {
        var offsets: [UInt32] = []
        offsets.reserveCapacity(documents.count)
        var total = 0
        let narrow = mostInOneDocument.map { Int($0) <= PostingLayout.narrowLimit }
        for key in documents.indices {
            offsets.append(UInt32(total))
            total += PostingLayout.size(documents: Int(documents[key]), positions: Int(positions[key]), narrow: narrow[key])
        }
        var storage = [UInt32](repeating: 0, count: total)
        for key in documents.indices {
            storage[Int(offsets[key])] = documents[key] | (narrow[key] ? PostingLayout.narrowFlag : 0)
        }
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
        storage.withUnsafeMutableBufferPointer { buffer in
            let storage = buffer.baseAddress!
            var i = 0
            while i < keys.count {
                let key = Int(keys[i] >> 32)
                let base = Int(offsets[key])
                let layout = PostingLayout(header: storage[base], base: base)
                let slot = Int(filledDocuments[key])
                layout.setStart(storage, slot, filledPositions[key])
                while i < keys.count, Int(keys[i] >> 32) == key {
                    let position = UInt32(truncatingIfNeeded: keys[i])
                    storage[layout.positions + Int(filledPositions[key])] = position
                    filledPositions[key] += 1
                    i += 1
                }
                storage[layout.documents + slot] = document
                filledDocuments[key] += 1
                if Int(filledDocuments[key]) == layout.count { layout.setStart(storage, layout.count, filledPositions[key]) }
            }
        }
    }

    /// The finished store.
    func store() -> PostingStore {
        PostingStore(storage: storage, offsets: offsets)
    }
}

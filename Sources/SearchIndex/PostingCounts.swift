/// The first half of the counting sort that lays out postings: per key, how many documents
/// and position bytes it will hold, and whether its documents and offsets can be narrow.
struct PostingCounts {
    private(set) var documents: [UInt32] = []
    /// Bytes of the positions (`PositionCoding`), per key.
    private(set) var bytes: [UInt32] = []
    /// The most position bytes one document holds, per key.
    private(set) var mostInOneDocument: [UInt32] = []
    /// The first document of the key's current block of 64, and whether every block so far
    /// spans at most 65,535 documents.
    private var blockFirst: [UInt32] = []
    private var documentsFit: [Bool] = []

    /// Counts one document's sorted (key << 32 | position) pairs; documents come in ascending order.
    mutating func count(_ keys: [UInt64], keyCount: Int, document: UInt32) {
        if documents.count < keyCount {
            let more = keyCount - documents.count
            documents += repeatElement(0, count: more)
            bytes += repeatElement(0, count: more)
            mostInOneDocument += repeatElement(0, count: more)
            blockFirst += repeatElement(0, count: more)
            documentsFit += repeatElement(true, count: more)
        }
        keys.withUnsafeBufferPointer { keys in
            var i = 0
            while i < keys.count {
                let key = Int(keys[i] >> 32)
                if documents[key] & 63 == 0 {
                    blockFirst[key] = document
                } else if document - blockFirst[key] > 0xFFFF {
                    documentsFit[key] = false
                }
                documents[key] += 1
                let first = i
                while i < keys.count, Int(keys[i] >> 32) == key {
                    i += 1
                }
                let size = UInt32(PositionCoding.byteCount(count: i - first) { UInt32(truncatingIfNeeded: keys[first + $0]) })
                bytes[key] += size
                mostInOneDocument[key] = max(mostInOneDocument[key], size)
            }
        }
    }

    /// Offsets for every key, ready to be filled; narrow position offsets (`PostingLayout`)
    /// for the keys no document holds in more than `PostingLayout.narrowLimit` bytes.
    func layout() -> PostingFill {
        var offsets: [UInt32] = []
        offsets.reserveCapacity(documents.count)
        var total = 0
        let narrow = mostInOneDocument.map { Int($0) <= PostingLayout.narrowLimit }
        let narrowDocuments = documents.indices.map { documentsFit[$0] && documents[$0] > 0 }
        for key in documents.indices {
            offsets.append(UInt32(total))
            total += PostingLayout.size(documents: Int(documents[key]), bytes: Int(bytes[key]),
                                        narrow: narrow[key], narrowDocuments: narrowDocuments[key])
        }
        precondition(total <= Int(UInt32.max), "posting storage over 16 GB")
        var storage = [UInt32](repeating: 0, count: total)
        for key in documents.indices {
            storage[Int(offsets[key])] = documents[key] | (narrow[key] ? PostingLayout.narrowFlag : 0)
                | (narrowDocuments[key] ? PostingLayout.narrowDocumentsFlag : 0)
        }
        return PostingFill(storage: storage, offsets: offsets)
    }
}

/// The second half: writes each document's postings into the slots counted for them.
struct PostingFill {
    private var storage: [UInt32]
    private let offsets: [UInt32]
    private var filledDocuments: [UInt32]
    private var filledBytes: [UInt32]

    init(storage: [UInt32], offsets: [UInt32]) {
        self.storage = storage
        self.offsets = offsets
        self.filledDocuments = [UInt32](repeating: 0, count: offsets.count)
        self.filledBytes = [UInt32](repeating: 0, count: offsets.count)
    }

    /// Writes one document's sorted (key << 32 | position) pairs, in document order.
    mutating func fill(_ keys: [UInt64], document: UInt32) {
        storage.withUnsafeMutableBufferPointer { buffer in
            let storage = buffer.baseAddress!
            let bytes = UnsafeMutableRawPointer(storage)
            var i = 0
            while i < keys.count {
                let key = Int(keys[i] >> 32)
                let base = Int(offsets[key])
                let layout = PostingLayout(header: storage[base], base: base)
                let slot = Int(filledDocuments[key])
                layout.setStart(storage, slot, filledBytes[key])
                let first = i
                while i < keys.count, Int(keys[i] >> 32) == key {
                    i += 1
                }
                var at = layout.positions << 2 + Int(filledBytes[key])
                let written = PositionCoding.encode(count: i - first, { UInt32(truncatingIfNeeded: keys[first + $0]) }) { byte in
                    bytes.storeBytes(of: byte, toByteOffset: at, as: UInt8.self)
                    at += 1
                }
                filledBytes[key] += UInt32(written)
                layout.setDocument(storage, slot, document)
                filledDocuments[key] += 1
                if Int(filledDocuments[key]) == layout.count { layout.setStart(storage, layout.count, filledBytes[key]) }
            }
        }
    }

    /// The finished store.
    func store() -> PostingStore {
        PostingStore(storage: storage, offsets: offsets)
    }
}

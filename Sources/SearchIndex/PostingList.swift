/// The documents holding one key: a view into the index's single posting array.
/// At `base`: the header, the documents, the byte offsets of each document's positions (each
/// narrow or wide, see `PostingLayout`) and the positions themselves, delta-coded in bytes
/// (`PositionCoding`). Frequencies are not stored: they are the positions counted, title
/// ones weighted (`frequency(_:titleEnd:boost:)`), which the scorer reads anyway.
/// A position is `token << 9 | variant << 1 | spansNext`: `variant` numbers the exact surface
/// form among the forms sharing the stem (so exact matches need no postings of their own;
/// `PostingList.noVariant` for compound keys), `spansNext` marks joined compounds (`ابو X`).
/// Documents are ascending, so a document can be found by binary search.
struct PostingList: AscendingDocuments {
    let storage: [UInt32]
    let base: Int
    /// Where the documents, offsets and positions lie.
    let layout: PostingLayout

    init(storage: [UInt32], base: Int) {
        self.storage = storage
        self.base = base
        layout = PostingLayout(header: storage[base], base: base)
    }

    /// How many documents hold the key.
    var count: Int { layout.count }

    /// The `i`th document position.
    @inline(__always) func document(_ i: Int) -> UInt32 {
        storage.withUnsafeBufferPointer { layout.document($0.baseAddress!, i) }
    }

    /// Calls `body` with each encoded position of the `i`th document, ascending, decoded in turn.
    @inline(__always) func forEachPosition(_ i: Int, _ body: (UInt32) -> Void) {
        storage.withUnsafeBufferPointer { buffer in
            var decoder = layout.decoder(buffer.baseAddress!, i)
            while !decoder.isEmpty { body(decoder.read()) }
        }
    }

    /// The encoded token positions of the key in the `i`th document, ascending (decoded).
    func positions(_ i: Int) -> ArraySlice<UInt32> {
        storage.withUnsafeBufferPointer { buffer in
            let storage = buffer.baseAddress!
            let run = layout.run(storage, i)
            return ArraySlice([UInt32](unsafeUninitializedCapacity: max(1, run.hi - run.lo)) { positions, count in
                count = PositionCoding.decode(UnsafeRawPointer(storage), run, into: positions.baseAddress!)
            })
        }
    }

    /// How many positions the `i`th document holds.
    func positionCount(_ i: Int) -> Int {
        storage.withUnsafeBufferPointer { buffer in
            var decoder = layout.decoder(buffer.baseAddress!, i)
            return decoder.count()
        }
    }

    /// The variant number of compound keys and of forms past the 255th of a stem.
    static let noVariant: UInt32 = 0xFF

    /// Encodes a position.
    @inline(__always) static func encode(token: UInt32, variant: UInt32, spansNext: Bool) -> UInt32 {
        token << 9 | variant << 1 | (spansNext ? 1 : 0)
    }

    /// The token of an encoded position.
    @inline(__always) static func token(_ position: UInt32) -> UInt32 { position >> 9 }
    /// The exact-form variant of an encoded position.
    @inline(__always) static func variant(_ position: UInt32) -> UInt32 { (position >> 1) & 0xFF }
    /// Whether an encoded position covers the next token too.
    @inline(__always) static func spansNext(_ position: UInt32) -> Bool { position & 1 == 1 }
}

/// Every key's postings in one `[UInt32]`, found by offset: no per-key allocation.
struct PostingStore: Sendable {
    let storage: [UInt32]
    /// Where each key's postings begin (UInt32 halves the table; 4 G entries is 16 GB).
    let offsets: [UInt32]

    /// How many keys.
    var count: Int { offsets.count }

    /// The postings of key `id`.
    @inline(__always) subscript(id: UInt32) -> PostingList {
        PostingList(storage: storage, base: Int(offsets[Int(id)]))
    }
}

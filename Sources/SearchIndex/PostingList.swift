/// The documents holding one key: a view into the index's single posting array.
/// At `base`: `[count, doc₀…docₙ₋₁]`, then the offsets of each document's positions (wide or
/// narrow, see `PostingLayout`) and the positions themselves. Frequencies are not stored: they are the positions counted, title
/// ones weighted (`frequency(_:titleEnd:boost:)`), which the scorer reads anyway.
/// A position is `token << 9 | variant << 1 | spansNext`: `variant` numbers the exact surface
/// form among the forms sharing the stem (so exact matches need no postings of their own;
/// `PostingList.noVariant` for compound keys), `spansNext` marks joined compounds (`ابو X`).
/// Documents are ascending, so a document can be found by binary search.
struct PostingList: AscendingDocuments {
    let storage: [UInt32]
    let base: Int

    /// How many documents hold the key.
    var count: Int { Int(storage[base] & ~PostingLayout.narrowFlag) }

    /// Where the documents, offsets and positions lie.
    var layout: PostingLayout { PostingLayout(header: storage[base], base: base) }

    /// The `i`th document position.
    @inline(__always) func document(_ i: Int) -> UInt32 { storage[base + 1 + i] }

    /// The weighted frequency of the key in `positions` (title occurrences, the tokens before
    /// `titleEnd`, count `boost` times).
    @inline(__always)
    static func frequency(_ positions: ArraySlice<UInt32>, titleEnd: UInt32, boost: UInt32) -> UInt32 {
        var frequency = UInt32(positions.count)
        // Positions ascend by token: title ones come first.
        for p in positions {
            guard token(p) < titleEnd else { break }
            frequency += boost - 1
        }
        return frequency
    }

    /// The encoded token positions of the key in the `i`th document, ascending.
    func positions(_ i: Int) -> ArraySlice<UInt32> {
        let run = storage.withUnsafeBufferPointer { layout.run($0.baseAddress!, i) }
        return storage[run.lo..<run.hi]
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

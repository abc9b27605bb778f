/// The documents holding one term, packed in a single `[UInt32]`:
/// `[count, doc₀…docₙ₋₁, freq₀…freqₙ₋₁]`, then, when positions are kept,
/// `[start₀…startₙ]` (offsets into what follows) and the positions themselves.
/// Documents are ascending, so a document can be found by binary search.
struct PostingList: Sendable {
    let storage: [UInt32]
    let hasPositions: Bool

    /// How many documents hold the term.
    var count: Int { Int(storage[0]) }

    /// The `i`th document position.
    @inline(__always) func document(_ i: Int) -> UInt32 { storage[1 + i] }

    /// The weighted frequency of the term in the `i`th document (title occurrences boosted).
    @inline(__always) func frequency(_ i: Int) -> UInt32 { storage[1 + count + i] }

    /// The token positions of the term in the `i`th document, ascending.
    func positions(_ i: Int) -> ArraySlice<UInt32> {
        let n = count
        let base = 1 + 3 * n + 1
        let start = Int(storage[1 + 2 * n + i])
        let end = Int(storage[1 + 2 * n + i + 1])
        return storage[(base + start)..<(base + end)]
    }

    /// The index of `doc` in this list, searching from `from` by galloping; nil when absent.
    /// `from` is updated so that successive ascending look-ups cost O(log gap) each.
    func find(_ doc: UInt32, from: inout Int) -> Int? {
        let n = count
        var lo = from
        var step = 1
        var hi = lo
        while hi < n, document(hi) < doc {
            lo = hi + 1
            hi += step
            step *= 2
        }
        hi = min(hi, n - 1)
        while lo <= hi {
            let mid = (lo + hi) / 2
            let d = document(mid)
            if d == doc { from = mid; return mid }
            if d < doc { lo = mid + 1 } else { hi = mid - 1 }
        }
        from = lo
        return nil
    }
}

/// Collects one term's postings document by document, then packs them.
struct PostingListBuilder {
    private var documents: [UInt32] = []
    private var frequencies: [UInt32] = []
    private var starts: [UInt32] = [0]
    private var positions: [UInt32] = []

    /// Adds the next document (ascending) with its weighted frequency and positions.
    mutating func add(document: UInt32, frequency: UInt32, positions newPositions: ArraySlice<UInt32>) {
        documents.append(document)
        frequencies.append(frequency)
        positions.append(contentsOf: newPositions)
        starts.append(UInt32(positions.count))
    }

    /// The packed list; positions are kept when `keepPositions`.
    func build(keepPositions: Bool) -> PostingList {
        var storage: [UInt32] = []
        storage.reserveCapacity(1 + 2 * documents.count + (keepPositions ? starts.count + positions.count : 0))
        storage.append(UInt32(documents.count))
        storage.append(contentsOf: documents)
        storage.append(contentsOf: frequencies)
        if keepPositions {
            storage.append(contentsOf: starts)
            storage.append(contentsOf: positions)
        }
        return PostingList(storage: storage, hasPositions: keepPositions)
    }
}

/// One stem key's postings as a `DocumentSet`, with how many postings come before each
/// 64-document window, built per query in one pass over the key's documents (a bit each).
/// A document's posting index is then a popcount away, and the postings of a window are a
/// range, so ranking reads a window's block bounds without searching the list.
struct PostingBits {
    let list: PostingList
    let set: DocumentSet
    /// `ranks[w]`: postings in windows before `w` (`windowCount + 1` entries).
    let ranks: [UInt32]

    init(_ list: PostingList, capacity: Int) {
        self.list = list
        var set = DocumentSet(capacity: capacity)
        let n = list.count
        list.storage.withUnsafeBufferPointer { storage in
            set.words.withUnsafeMutableBufferPointer { words in
                let storage = storage.baseAddress!, layout = list.layout
                for i in 0..<n {
                    let d = Int(layout.document(storage, i))
                    words[d >> 6] |= 1 << UInt64(d & 63)
                }
            }
        }
        var ranks = [UInt32](repeating: 0, count: set.words.count + 1)
        set.words.withUnsafeBufferPointer { words in
            ranks.withUnsafeMutableBufferPointer { r in
                var total: UInt32 = 0
                for w in words.indices {
                    r[w] = total
                    total += UInt32(words[w].nonzeroBitCount)
                }
                r[words.count] = total
            }
        }
        self.set = set
        self.ranks = ranks
    }

    /// The index of `document`'s posting; `document` must be in `set`.
    @inline(__always) func posting(of document: Int) -> Int {
        let w = document >> 6
        let below = set.words[w] & ((1 << UInt64(document & 63)) - 1)
        return Int(ranks[w]) + below.nonzeroBitCount
    }

    /// Whether `document` holds the key.
    @inline(__always) func contains(_ document: Int) -> Bool {
        set.words[document >> 6] & (1 << UInt64(document & 63)) != 0
    }

    /// Calls `body(bit, posting)` for each bit of `wanted` in one 64-document window whose key
    /// bits are `bits` (`wanted` ⊆ `bits`) and whose first posting is `rank`, in ascending order.
    /// When most of the window's postings are wanted it walks them, counting; else it counts the
    /// bits below each wanted one. Either way no popcount per document on dense windows.
    @inline(__always)
    static func forEachPosting(window bits: UInt64, rank: Int, wanted: UInt64, _ body: (Int, Int) -> Void) {
        if wanted == bits || wanted.nonzeroBitCount * 4 >= bits.nonzeroBitCount {
            var x = bits, p = rank
            while x != 0 {
                let b = x.trailingZeroBitCount
                x &= x - 1
                if wanted & (1 << UInt64(b)) != 0 { body(b, p) }
                p &+= 1
            }
        } else {
            var y = wanted
            while y != 0 {
                let b = y.trailingZeroBitCount
                y &= y - 1
                body(b, rank + (bits & ((1 << UInt64(b)) - 1)).nonzeroBitCount)
            }
        }
    }
}

/// Several `PostingBits` copied side by side into buffers read through pointers (no reference
/// counting per document), for the loops that visit every candidate. Call `deallocate()`.
struct PostingBitsBuffer {
    let windowCount: Int
    let count: Int
    private let bits: UnsafeMutablePointer<UInt64>
    private let ranks: UnsafeMutablePointer<UInt32>

    init(_ lists: [PostingBits], windowCount: Int) {
        self.windowCount = windowCount
        count = lists.count
        bits = .allocate(capacity: max(1, lists.count * windowCount))
        ranks = .allocate(capacity: max(1, lists.count * (windowCount + 1)))
        for (k, list) in lists.enumerated() {
            list.set.words.withUnsafeBufferPointer { (bits + k * windowCount).initialize(from: $0.baseAddress!, count: windowCount) }
            list.ranks.withUnsafeBufferPointer { (ranks + k * (windowCount + 1)).initialize(from: $0.baseAddress!, count: windowCount + 1) }
        }
    }

    /// The bits of the `k`th list.
    func bits(_ k: Int) -> UnsafePointer<UInt64> { UnsafePointer(bits + k * windowCount) }
    /// The window ranks of the `k`th list.
    func ranks(_ k: Int) -> UnsafePointer<UInt32> { UnsafePointer(ranks + k * (windowCount + 1)) }

    /// The posting index of `document` in the `k`th list, which must hold it.
    @inline(__always) func posting(_ k: Int, of document: Int) -> Int {
        let w = document >> 6
        return Int(ranks[k * (windowCount + 1) + w])
            + (bits[k * windowCount + w] & ((1 << UInt64(document & 63)) - 1)).nonzeroBitCount
    }

    func deallocate() {
        bits.deallocate()
        ranks.deallocate()
    }
}

/// A set of document positions (`0..<capacity`) as a bitmap: one bit a document, 64 to a word.
/// Query matching combines whole words at a time, so intersecting, counting and filtering cost
/// a sixty-fourth of a pass over the corpus, whatever share of it a query's words match.
public struct DocumentSet: Sendable {
    /// Bit `d & 63` of word `d >> 6` is set when document `d` is in the set.
    var words: [UInt64]
    /// One past the highest position the set can hold.
    public let capacity: Int

    /// The empty set over `0..<capacity`.
    public init(capacity: Int) {
        self.capacity = max(0, capacity)
        words = [UInt64](repeating: 0, count: Self.windowCount(self.capacity))
    }

    /// Every position in `0..<capacity`.
    static func all(capacity: Int) -> DocumentSet {
        var set = DocumentSet(capacity: capacity)
        let full = capacity >> 6, rest = capacity & 63
        for w in 0..<full { set.words[w] = .max }
        if rest > 0 { set.words[full] = (1 << UInt64(rest)) - 1 }
        return set
    }

    /// Words (64-document windows) needed for `capacity` documents.
    @inline(__always) static func windowCount(_ capacity: Int) -> Int { (capacity + 63) >> 6 }

    /// Adds `document`; positions outside `0..<capacity` are ignored.
    public mutating func insert(_ document: Int) {
        guard document >= 0, document < capacity else { return }
        words[document >> 6] |= 1 << UInt64(document & 63)
    }

    /// Whether `document` is in the set.
    public func contains(_ document: Int) -> Bool {
        guard document >= 0, document < capacity else { return false }
        return words[document >> 6] & (1 << UInt64(document & 63)) != 0
    }

    /// How many documents the set holds.
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Whether the set holds no document.
    public var isEmpty: Bool { !words.contains { $0 != 0 } }

    /// Keeps the documents `other` holds too (`other` has the same capacity).
    public mutating func formIntersection(_ other: DocumentSet) {
        precondition(other.words.count == words.count)
        other.words.withUnsafeBufferPointer { o in
            words.withUnsafeMutableBufferPointer { w in
                for i in w.indices { w[i] &= o[i] }
            }
        }
    }

    /// Adds the documents of `other` (same capacity).
    mutating func formUnion(_ other: DocumentSet) {
        precondition(other.words.count == words.count)
        other.words.withUnsafeBufferPointer { o in
            words.withUnsafeMutableBufferPointer { w in
                for i in w.indices { w[i] |= o[i] }
            }
        }
    }

    /// Removes the documents of `other` (same capacity).
    mutating func subtract(_ other: DocumentSet) {
        precondition(other.words.count == words.count)
        other.words.withUnsafeBufferPointer { o in
            words.withUnsafeMutableBufferPointer { w in
                for i in w.indices { w[i] &= ~o[i] }
            }
        }
    }

    /// Keeps the documents for which `keep` holds; `keep` sees them in ascending order.
    mutating func retain(_ keep: (Int) -> Bool) {
        words.withUnsafeMutableBufferPointer { w in
            for i in w.indices where w[i] != 0 {
                var bits = w[i], kept = w[i]
                while bits != 0 {
                    let b = bits.trailingZeroBitCount
                    bits &= bits - 1
                    if !keep(i << 6 | b) { kept &= ~(1 << UInt64(b)) }
                }
                w[i] = kept
            }
        }
    }

    /// Calls `body` with each document, ascending.
    public func forEach(_ body: (Int) -> Void) {
        words.withUnsafeBufferPointer { w in
            for i in w.indices where w[i] != 0 {
                var bits = w[i]
                while bits != 0 {
                    body(i << 6 | bits.trailingZeroBitCount)
                    bits &= bits - 1
                }
            }
        }
    }

    /// The documents, ascending.
    var documents: [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(count)
        forEach { result.append(UInt32($0)) }
        return result
    }
}

/// A sequence of document positions, ascending, that can be searched by galloping.
protocol AscendingDocuments {
    /// How many documents.
    var count: Int { get }
    /// The `i`th document.
    func document(_ i: Int) -> UInt32
}

extension AscendingDocuments {
    /// The index of `doc`, searching from `from` by galloping; nil when absent.
    /// `from` advances, so successive ascending look-ups cost O(log gap) each.
    func find(_ doc: UInt32, from: inout Int) -> Int? {
        let n = count
        var lo = from
        var hi = lo
        var step = 1
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

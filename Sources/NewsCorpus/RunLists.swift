/// The timeline candidates' word runs (`TermRun`s), one list or none per event, four bytes a
/// run instead of eight: a run is coded `term << 8 | count` when its term is below 2²⁴ − 1 and
/// its count a whole number from 1 to 254 (every run of a real sentence); any other run is the
/// marker `0xFFFF_FFFF` then its term and its count's bits, so every run reads back exactly.
struct RunLists: Sendable, RandomAccessCollection, ExpressibleByArrayLiteral {
    private var codes: PackedLists<UInt32>
    fileprivate static let marker: UInt32 = 0xFFFF_FFFF

    private init(codes: PackedLists<UInt32>) {
        self.codes = codes
    }

    /// `count` events without runs.
    init(absentCount count: Int) {
        codes = PackedLists(absentCount: count)
    }

    init<S: Sequence>(_ lists: S) where S.Element == [TermRun]? {
        codes = PackedLists(lists.lazy.map { $0.map(Self.encode) })
    }

    init(arrayLiteral lists: [TermRun]?...) {
        self.init(lists)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { codes.count }

    /// The runs of event `x`, nil when it has none: read in place, decoded as they are walked.
    subscript(x: Int) -> Runs? {
        get { codes[x].map(Runs.init) }
        set { codes.replace(x, with: newValue?.codes) }
    }

    /// One event's runs as stored, a collection of `TermRun`s decoded on access.
    struct Runs: Collection {
        let codes: ArraySlice<UInt32>

        var startIndex: Int { codes.startIndex }
        var endIndex: Int { codes.endIndex }

        func index(after i: Int) -> Int {
            codes[i] == RunLists.marker ? i + 3 : i + 1
        }

        subscript(i: Int) -> TermRun {
            let c = codes[i]
            guard c == RunLists.marker else { return (Int32(c >> 8), Float(c & 0xFF)) }
            return (Int32(bitPattern: codes[i + 1]), Float(bitPattern: codes[i + 2]))
        }

        /// How many runs (the codes, less two for each escaped run).
        var count: Int {
            var n = codes.count
            var i = codes.startIndex
            while i < codes.endIndex {
                if codes[i] == RunLists.marker { n -= 2; i += 3 } else { i += 1 }
            }
            return n
        }
    }

    /// Sets the runs of event `x`.
    mutating func replace(_ x: Int, with runs: [TermRun]) {
        codes.replace(x, with: Self.encode(runs))
    }

    /// The lists in a new order: position `x` takes the old `origin[x]`'s, none where it is -1.
    func reordered(_ origin: [Int]) -> RunLists {
        RunLists(codes: codes.reordered(origin))
    }

    /// The same lists without unused room (`PackedLists.packed`).
    func packed() -> RunLists {
        RunLists(codes: codes.packed())
    }

    var approximateBytes: Int { codes.approximateBytes }

    static func encode(_ runs: [TermRun]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(runs.count)
        for r in runs {
            if r.term >= 0, r.term < 0xFF_FFFF, r.count >= 1, r.count <= 254, r.count == r.count.rounded() {
                out.append(UInt32(r.term) << 8 | UInt32(r.count))
            } else {
                out += [marker, UInt32(bitPattern: r.term), r.count.bitPattern]
            }
        }
        return out
    }

    static func decode(_ codes: ArraySlice<UInt32>) -> [TermRun] {
        Array(Runs(codes: codes))
    }
}

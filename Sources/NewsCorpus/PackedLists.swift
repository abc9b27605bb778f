/// A short list (or none) per position, all lists end to end in one array: what
/// `TimelineState` keeps per event (the candidates' word runs, near pairs, agreeing events)
/// without an array object per event (~50 bytes each with its allocation). A list replaced by a
/// longer one is written at the end and its old place left unused; the unused room is given
/// back (the lists packed again) once it is as large as the lists in use.
struct PackedLists<Element: Sendable>: Sendable, RandomAccessCollection, ExpressibleByArrayLiteral {
    private var items: [Element] = []
    /// Per position: where its list starts in `items`, and its length (`absent` for none).
    private var starts: [UInt32] = []
    private var lengths: [UInt32] = []
    private var unused = 0
    private static var absent: UInt32 { .max }

    /// `count` positions without a list.
    init(absentCount count: Int) {
        starts = Array(repeating: 0, count: count)
        lengths = Array(repeating: Self.absent, count: count)
    }

    /// The lists end to end, in arrays of their exact size.
    init<S: Sequence, L: Collection>(_ lists: S) where S.Element == L?, L.Element == Element {
        for list in lists { append(list) }
        items = Self.exact(items)
        starts = Self.exact(starts)
        lengths = Self.exact(lengths)
    }

    /// The same lists packed again: no unused room, arrays of their exact size.
    func packed() -> PackedLists {
        reordered(Array(indices))
    }

    /// The lists in a new order, packed: position `x` takes the list of `origin[x]`, none where
    /// `origin[x]` is -1. Copies the elements as memory, without a slice per list.
    func reordered(_ origin: [Int]) -> PackedLists {
        var out = PackedLists(absentCount: 0)
        var total = 0
        for o in origin where o >= 0 && lengths[o] != Self.absent { total += Int(lengths[o]) }
        out.items.reserveCapacity(total)
        out.starts.reserveCapacity(origin.count)
        out.lengths.reserveCapacity(origin.count)
        items.withUnsafeBufferPointer { source in
            for o in origin {
                out.starts.append(UInt32(out.items.count))
                guard o >= 0, lengths[o] != Self.absent else {
                    out.lengths.append(Self.absent)
                    continue
                }
                let s = Int(starts[o]), n = Int(lengths[o])
                out.lengths.append(UInt32(n))
                out.items.append(contentsOf: UnsafeBufferPointer(rebasing: source[s..<(s + n)]))
            }
        }
        return out
    }

    private static func exact<T>(_ array: [T]) -> [T] {
        var copy: [T] = []
        copy.reserveCapacity(array.count)
        copy.append(contentsOf: array)
        return copy
    }

    /// About how many bytes the lists hold.
    var approximateBytes: Int {
        items.capacity * MemoryLayout<Element>.stride + 4 * (starts.capacity + lengths.capacity)
    }

    init(arrayLiteral lists: [Element]?...) {
        self.init(lists)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { starts.count }

    /// The list at `x` (nil when none), sharing this collection's storage.
    subscript(x: Int) -> ArraySlice<Element>? {
        get {
            let n = lengths[x]
            guard n != Self.absent else { return nil }
            let s = Int(starts[x])
            return items[s..<(s + Int(n))]
        }
        set { replace(x, with: newValue) }
    }

    /// The list at `x`, empty when none.
    func elements(_ x: Int) -> ArraySlice<Element> {
        self[x] ?? []
    }

    /// The `k`th element of the list at `x`.
    func element(_ x: Int, _ k: Int) -> Element {
        precondition(lengths[x] != Self.absent && k < Int(lengths[x]))
        return items[Int(starts[x]) + k]
    }

    /// Changes the `k`th element of the list at `x` in place.
    mutating func update(_ x: Int, _ k: Int, _ change: (inout Element) -> Void) {
        precondition(lengths[x] != Self.absent && k < Int(lengths[x]))
        change(&items[Int(starts[x]) + k])
    }

    /// Adds a position at the end with `list`.
    mutating func append<L: Collection>(_ list: L?) where L.Element == Element {
        starts.append(UInt32(items.count))
        guard let list else { lengths.append(Self.absent); return }
        lengths.append(UInt32(list.count))
        items.append(contentsOf: list)
        precondition(items.count <= Int(UInt32.max))
    }

    /// Sets the list at `x`: in its old place when it fits, else at the end.
    mutating func replace<L: Collection>(_ x: Int, with list: L?) where L.Element == Element {
        let old = lengths[x] == Self.absent ? 0 : Int(lengths[x])
        guard let list else {
            unused += old
            lengths[x] = Self.absent
            return
        }
        if list.count <= old {
            let s = Int(starts[x])
            var i = s
            for e in list { items[i] = e; i += 1 }
            unused += old - list.count
        } else {
            unused += old
            starts[x] = UInt32(items.count)
            items.append(contentsOf: list)
            precondition(items.count <= Int(UInt32.max))
        }
        lengths[x] = UInt32(list.count)
        if unused > 4096 && unused >= items.count - unused { self = packed() }
    }
}

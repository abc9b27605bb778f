/// One short list per item (per article, say), stored end to end in a single array with their
/// offsets: a hundred thousand articles cost two arrays, not a hundred thousand small ones
/// (each with its header, allocation and slack).
public struct FlatLists<Element: Sendable>: Sendable, RandomAccessCollection {
    private let offsets: [UInt32]
    private let values: [Element]

    /// The lists, in order.
    public init<Lists: Sequence>(_ lists: Lists) where Lists.Element: Collection, Lists.Element.Element == Element {
        var offsets: [UInt32] = [0]
        var values: [Element] = []
        for list in lists {
            values.append(contentsOf: list)
            offsets.append(UInt32(values.count))
        }
        self.offsets = offsets.compacted()
        self.values = values.compacted()
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { offsets.count - 1 }

    /// The list of item `i`.
    public subscript(i: Int) -> ArraySlice<Element> {
        values[Int(offsets[i])..<Int(offsets[i + 1])]
    }
}

extension FlatLists {
    /// These lists followed by `lists` (copies the storage once).
    func appending<Lists: Sequence>(_ lists: Lists) -> FlatLists where Lists.Element: Collection, Lists.Element.Element == Element {
        var offsets = self.offsets
        var values = self.values
        for list in lists {
            values.append(contentsOf: list)
            offsets.append(UInt32(values.count))
        }
        return FlatLists(offsets: offsets, values: values)
    }

    /// Lists from their storage: item `i`'s list is `values[offsets[i]..<offsets[i + 1]]`.
    init(offsets: [UInt32], values: [Element]) {
        self.offsets = offsets
        self.values = values
    }
}

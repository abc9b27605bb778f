/// An entity's mentions, in order: a range of an array that a whole entity table shares (the
/// table's build writes every entity's mentions into one array), or an array of its own. Most
/// entities of a real corpus are named once or twice; an array each cost ~50 bytes of header and
/// allocation beside their 20-byte mentions, and one small allocation more per entity.
/// Indexed from 0 like an array.
public struct EntityMentions: RandomAccessCollection, Sendable, Equatable {
    private let storage: [EntityOccurrence]
    private let lower: Int32
    private let upper: Int32

    /// The mentions of `array`, on their own.
    public init(_ array: [EntityOccurrence]) {
        self.init(sharing: array, range: array.indices)
    }

    /// The mentions at `range` of `storage` (an array several entities share).
    init(sharing storage: [EntityOccurrence], range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= storage.count && storage.count <= Int(Int32.max))
        self.storage = storage
        lower = Int32(range.lowerBound)
        upper = Int32(range.upperBound)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(upper - lower) }

    public subscript(position: Int) -> EntityOccurrence {
        precondition(position >= 0 && position < endIndex, "mention index out of range")
        return storage[Int(lower) + position]
    }

    public static func == (a: EntityMentions, b: EntityMentions) -> Bool {
        a.elementsEqual(b)
    }
}

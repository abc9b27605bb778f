/// Where one key's documents, position offsets and positions lie in the posting storage, and
/// how its offsets are stored. At `base`: the header (document count, `narrowFlag`), the
/// documents, the offsets of each document's positions (`0…n`, the last closing), the positions.
///
/// Offsets are wide (one `UInt32` each) or, for keys no document holds more than
/// `narrowLimit` times, narrow: a `UInt32` base per block of 64 offsets and a 16-bit step from
/// it per offset, two to a word, about 2 bytes a posting instead of 4 (packed integers, as
/// Lucene stores its postings' pointers). A block spans at most 64 × 1023 positions, so a
/// step always fits in 16 bits.
struct PostingLayout {
    /// Set in a header when the key's offsets are narrow.
    static let narrowFlag: UInt32 = 1 << 31
    /// The most positions one document may hold for the key's offsets to be narrow.
    static let narrowLimit = 1023

    /// How many documents hold the key.
    let count: Int
    /// Where the documents, the offsets (narrow: the block bases), the packed 16-bit steps
    /// (-1 when wide) and the positions begin.
    let documents: Int, starts: Int, steps: Int, positions: Int

    init(header: UInt32, base: Int) {
        count = Int(header & ~Self.narrowFlag)
        documents = base + 1
        starts = base + 1 + count
        if header & Self.narrowFlag != 0 {
            steps = starts + Self.blockCount(count)
            positions = steps + Self.stepWords(count)
        } else {
            steps = -1
            positions = starts + count + 1
        }
    }

    /// Blocks of 64 among the `n + 1` offsets of a key with `n` documents.
    static func blockCount(_ n: Int) -> Int { (n + 64) >> 6 }
    /// Words holding the `n + 1` 16-bit steps, two to a word.
    static func stepWords(_ n: Int) -> Int { (n + 2) >> 1 }

    /// Storage words of a key with `n` documents and `p` positions.
    static func size(documents n: Int, positions p: Int, narrow: Bool) -> Int {
        1 + n + (narrow ? blockCount(n) + stepWords(n) : n + 1) + p
    }

    /// The offset of the `i`th document's first position (`i == count`: one past the last).
    @inline(__always) func start(_ storage: UnsafePointer<UInt32>, _ i: Int) -> Int {
        guard steps >= 0 else { return Int(storage[starts + i]) }
        return Int(storage[starts &+ i &>> 6]) &+ Int((storage[steps &+ i &>> 1] &>> UInt32((i & 1) << 4)) & 0xFFFF)
    }

    /// Where the `i`th document's positions lie in the storage.
    @inline(__always) func run(_ storage: UnsafePointer<UInt32>, _ i: Int) -> (lo: Int, hi: Int) {
        (positions &+ start(storage, i), positions &+ start(storage, i &+ 1))
    }

    /// Writes the `i`th offset; offsets are written in ascending order into zeroed storage.
    func setStart(_ storage: UnsafeMutablePointer<UInt32>, _ i: Int, _ offset: UInt32) {
        guard steps >= 0 else {
            storage[starts + i] = offset
            return
        }
        if i & 63 == 0 { storage[starts + i >> 6] = offset }
        let step = offset - storage[starts + i >> 6]
        precondition(step <= 0xFFFF, "narrow posting offsets overflow")
        storage[steps + i >> 1] |= step << UInt32((i & 1) << 4)
    }
}

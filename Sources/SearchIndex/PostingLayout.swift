/// Where one key's documents, position offsets and positions lie in the posting storage, and
/// how its documents and offsets are stored. At `base`: the header (document count,
/// `narrowFlag`, `narrowDocumentsFlag`), the documents, the byte offsets of each document's
/// positions (`0…n`, the last closing), the positions' bytes (`PositionCoding`), padded to a word.
///
/// Documents and offsets are each wide (one `UInt32` an entry) or narrow: a `UInt32` base per
/// block of 64 entries and a 16-bit step from it per entry, two to a word, about 2 bytes an
/// entry instead of 4 (packed integers, as Lucene stores its postings' pointers). Offsets are
/// narrow for keys no document holds in more than `narrowLimit` bytes, so a block spans at most
/// 64 × 1023 bytes; documents are narrow when no block of 64 spans more than 65,535 documents
/// (always under 65,536 documents).
struct PostingLayout {
    /// Set in a header when the key's offsets are narrow.
    static let narrowFlag: UInt32 = 1 << 31
    /// Set in a header when the key's documents are narrow.
    static let narrowDocumentsFlag: UInt32 = 1 << 30
    /// The header's bits holding the document count.
    static let countMask: UInt32 = (1 << 30) - 1
    /// The most position bytes one document may hold for the key's offsets to be narrow.
    static let narrowLimit = 1023

    /// How many documents hold the key.
    let count: Int
    /// Where the documents (narrow: the block bases), their packed 16-bit steps (-1 when wide),
    /// the offsets (narrow: the block bases), the packed 16-bit steps (-1 when wide) and the
    /// positions begin, in words.
    let documents: Int, documentSteps: Int, starts: Int, steps: Int, positions: Int

    init(header: UInt32, base: Int) {
        count = Int(header & Self.countMask)
        documents = base + 1
        if header & Self.narrowDocumentsFlag != 0 {
            documentSteps = documents + Self.blockCount(count - 1)
            starts = documentSteps + Self.stepWords(count - 1)
        } else {
            documentSteps = -1
            starts = documents + count
        }
        if header & Self.narrowFlag != 0 {
            steps = starts + Self.blockCount(count)
            positions = steps + Self.stepWords(count)
        } else {
            steps = -1
            positions = starts + count + 1
        }
    }

    /// Blocks of 64 among `n + 1` entries.
    static func blockCount(_ n: Int) -> Int { (n + 64) >> 6 }
    /// Words holding `n + 1` 16-bit steps, two to a word.
    static func stepWords(_ n: Int) -> Int { (n + 2) >> 1 }

    /// Storage words of a key with `n` documents and `bytes` bytes of positions.
    static func size(documents n: Int, bytes: Int, narrow: Bool, narrowDocuments: Bool) -> Int {
        1 + (narrowDocuments ? blockCount(n - 1) + stepWords(n - 1) : n)
            + (narrow ? blockCount(n) + stepWords(n) : n + 1) + (bytes + 3) >> 2
    }

    /// The `i`th document.
    @inline(__always) func document(_ storage: UnsafePointer<UInt32>, _ i: Int) -> UInt32 {
        guard documentSteps >= 0 else { return storage[documents &+ i] }
        return storage[documents &+ i &>> 6] &+ (storage[documentSteps &+ i &>> 1] &>> UInt32((i & 1) << 4)) & 0xFFFF
    }

    /// The byte offset of the `i`th document's first position (`i == count`: one past the last).
    @inline(__always) func start(_ storage: UnsafePointer<UInt32>, _ i: Int) -> Int {
        guard steps >= 0 else { return Int(storage[starts + i]) }
        return Int(storage[starts &+ i &>> 6]) &+ Int((storage[steps &+ i &>> 1] &>> UInt32((i & 1) << 4)) & 0xFFFF)
    }

    /// Where the `i`th document's position bytes lie, in bytes from the storage's start.
    @inline(__always) func run(_ storage: UnsafePointer<UInt32>, _ i: Int) -> (lo: Int, hi: Int) {
        (positions &<< 2 &+ start(storage, i), positions &<< 2 &+ start(storage, i &+ 1))
    }

    /// The positions of the `i`th document, decoded one by one.
    @inline(__always) func decoder(_ storage: UnsafePointer<UInt32>, _ i: Int) -> PositionCoding.Decoder {
        PositionCoding.Decoder(UnsafeRawPointer(storage), run(storage, i))
    }

    /// Writes the `i`th offset; offsets are written in ascending order into zeroed storage.
    func setStart(_ storage: UnsafeMutablePointer<UInt32>, _ i: Int, _ offset: UInt32) {
        Self.set(storage, wide: starts, steps: steps, i, offset)
    }

    /// Writes the `i`th document; documents are written in ascending order into zeroed storage.
    func setDocument(_ storage: UnsafeMutablePointer<UInt32>, _ i: Int, _ document: UInt32) {
        Self.set(storage, wide: documents, steps: documentSteps, i, document)
    }

    private static func set(_ storage: UnsafeMutablePointer<UInt32>, wide: Int, steps: Int, _ i: Int, _ value: UInt32) {
        guard steps >= 0 else {
            storage[wide + i] = value
            return
        }
        if i & 63 == 0 { storage[wide + i >> 6] = value }
        let step = value - storage[wide + i >> 6]
        precondition(step <= 0xFFFF, "narrow posting entries overflow")
        storage[steps + i >> 1] |= step << UInt32((i & 1) << 4)
    }
}

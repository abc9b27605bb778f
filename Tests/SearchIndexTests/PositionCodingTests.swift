import Testing
@testable import SearchIndex

/// Positions delta-coded in bytes (`PositionCoding`) read back as written, and documents and
/// offsets stored narrow or wide (`PostingLayout`) read back the same documents and positions.
struct PositionCodingTests {
    /// A run of ascending positions: tokens `step` apart (some equal), variants drawn from a few
    /// (and 0xFF), spans bits.
    static func run(count: Int, seed: UInt64, step: UInt32) -> [UInt32] {
        var random = seed, token: UInt32 = 0
        func next() -> UInt32 {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return UInt32(truncatingIfNeeded: random >> 33)
        }
        return (0..<count).map { _ in
            token += next() % (step + 1)
            let variants: [UInt32] = [0, 0, 0, 1, 7, 200, PostingList.noVariant]
            return PostingList.encode(token: token, variant: variants[Int(next() % 7)], spansNext: next() % 5 == 0)
        }.sorted()
    }

    @Test func runsReadBackAsWritten() {
        for (n, step) in [(1, 3), (2, 1), (40, 30), (300, 5000), (50, 100_000)] as [(Int, UInt32)] {
            let positions = Self.run(count: n, seed: UInt64(n) * 31 + UInt64(step), step: step)
            var bytes: [UInt8] = []
            let written = PositionCoding.encode(count: n, { positions[$0] }) { bytes.append($0) }
            #expect(written == bytes.count)
            #expect(PositionCoding.byteCount(count: n) { positions[$0] } == bytes.count)
            let decoded = bytes.withUnsafeBytes { raw in
                [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                    count = PositionCoding.decode(raw.baseAddress!, (0, bytes.count), into: buffer.baseAddress!)
                }
            }
            #expect(decoded == positions, "\(n) positions \(step) apart")
        }
        // A token delta under 32 with the previous variant takes one byte.
        let small = [PostingList.encode(token: 3, variant: 0, spansNext: false), PostingList.encode(token: 20, variant: 0, spansNext: true)]
        #expect(PositionCoding.byteCount(count: 2) { small[$0] } == 2)
    }

    /// Keys over documents far apart: a key whose block of 64 postings spans more than 65,535
    /// documents keeps wide documents; the others are narrow, past 65,535 too.
    @Test func narrowAndWideDocumentsReadBack() {
        let keyDocuments: [[UInt32]] = [
            [0, 5, 70_000],                                   // wide: one block spans 70,000
            Array(0..<130) + [200_000],                       // wide: the third block spans it
            (0..<200).map { $0 * 1000 },                      // narrow: blocks span 63,000
            [42],
        ]
        var byDocument: [UInt32: [UInt64]] = [:]
        for (key, documents) in keyDocuments.enumerated() {
            for (i, d) in documents.enumerated() {
                let positions = Self.run(count: i % 3 + 1, seed: UInt64(d) + UInt64(key), step: 40)
                byDocument[d, default: []] += positions.map { UInt64(key) << 32 | UInt64($0) }
            }
        }
        var counts = PostingCounts()
        for d in byDocument.keys.sorted() { counts.count(byDocument[d]!.sorted(), keyCount: keyDocuments.count, document: d) }
        var fill = counts.layout()
        for d in byDocument.keys.sorted() { fill.fill(byDocument[d]!.sorted(), document: d) }
        let store = fill.store()
        let narrow = (0..<keyDocuments.count).map { store[UInt32($0)].layout.documentSteps >= 0 }
        #expect(narrow == [false, false, true, true])
        for (key, documents) in keyDocuments.enumerated() {
            let list = store[UInt32(key)]
            #expect(list.count == documents.count)
            #expect((0..<list.count).map(list.document) == documents, "key \(key)")
            for (i, d) in documents.enumerated() {
                let expected = byDocument[d]!.filter { $0 >> 32 == UInt64(key) }.map { UInt32(truncatingIfNeeded: $0) }
                #expect(Array(list.positions(i)) == expected.sorted())
                var cursor = 0
                #expect(list.find(d, from: &cursor) == i)
            }
        }
    }
}

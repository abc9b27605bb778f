import Synchronization
import Testing
@testable import NewsAPI

/// `ExportStream.blocks`: an export's rows prepared a block at a time come out in order, once
/// each, with each block prepared once and only when its rows are reached.
@Suite struct ExportBlocksTests {
    @Test(arguments: [1, 3, 7, 10, 64])
    func rowsComeInOrderOneBlockAtATime(size: Int) {
        let elements = Array(0..<10)
        let blocks = Mutex<[[Int]]>([])
        let rows = ExportStream.blocks(of: elements, size: size) { block in
            blocks.withLock { $0.append(block) }
            return block.map { "row \($0)" }
        }
        var iterator = rows.makeIterator()
        #expect(iterator.next() == "row 0")
        // Only the first block is prepared before its first row is read.
        #expect(blocks.withLock { $0 } == [Array(0..<min(size, 10))])
        var all = ["row 0"]
        while let row = iterator.next() { all.append(row) }
        #expect(all == elements.map { "row \($0)" })
        let prepared = blocks.withLock { $0 }
        #expect(prepared.count == (10 + size - 1) / size)
        #expect(prepared.allSatisfy { $0.count <= size })
        #expect(prepared.flatMap { $0 } == elements)
        #expect(Array(ExportStream.blocks(of: [Int](), size: size) { $0 }).isEmpty)
    }
}

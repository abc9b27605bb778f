import Testing
@testable import NewsCorpus

/// `PackedLists` (the timeline's per-event lists end to end) reads back what an array of
/// optional arrays holds after the same random replacements, element updates and repacks.
@Suite struct PackedListsTests {
    @Test(arguments: [1, 2, 3, 4])
    func randomEditsReadBackAsAnArrayOfListsWould(seed: UInt64) {
        var g = IncrementalCorpusTests.Generator(state: seed)
        func randomList() -> [Int32]? {
            let n = g.next(8)
            return n == 7 ? nil : (0..<n).map { _ in Int32(g.next(1000)) }
        }
        var model: [[Int32]?] = (0..<300).map { _ in randomList() }
        var packed = PackedLists(model)
        func check() {
            #expect(packed.count == model.count)
            for x in model.indices {
                #expect(packed[x].map(Array.init) == model[x], "position \(x)")
                #expect(Array(packed.elements(x)) == (model[x] ?? []))
            }
        }
        check()
        for round in 0..<3_000 {
            let x = g.next(model.count)
            switch g.next(3) {
            case 0:
                let list = randomList()
                model[x] = list
                if let list { packed.replace(x, with: list) } else { packed[x] = nil }
            case 1:
                guard let list = model[x], !list.isEmpty else { continue }
                let k = g.next(list.count), value = Int32(g.next(1000))
                model[x]![k] = value
                packed.update(x, k) { $0 = value }
                #expect(packed.element(x, k) == value)
            default:
                let shorter = model[x].map { Array($0.dropLast()) }
                model[x] = shorter
                packed[x] = shorter?[...]
            }
            if round % 500 == 0 { packed = packed.packed() }
        }
        check()
        check2(packed.packed(), model)
        // Starts with no list anywhere; lists set out of order read back in place.
        var empty = PackedLists<Int32>(absentCount: 5)
        #expect(empty.allSatisfy { $0 == nil })
        empty.replace(3, with: [7, 8])
        empty.replace(1, with: [9])
        #expect(empty.map { $0.map(Array.init) } == [nil, [9], nil, [7, 8], nil])
    }

    func check2(_ packed: PackedLists<Int32>, _ model: [[Int32]?]) {
        #expect(packed.map { $0.map(Array.init) } == model)
    }
}

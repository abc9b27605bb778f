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
        // Reordered (as an append merges events in): new positions take old lists or none.
        let origin = (0..<400).map { _ in g.next(4) == 0 ? -1 : g.next(model.count) }
        check2(packed.reordered(origin), origin.map { $0 >= 0 ? model[$0] : nil })
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

/// `RunLists` (the candidates' word runs, four bytes a run) reads back every run exactly,
/// those it cannot code in four bytes included.
@Suite struct RunListsTests {
    @Test func everyRunReadsBackExactly() {
        let plain: [TermRun] = [(0, 1), (5, 2), (0xFF_FFFE, 254), (70_000, 3)]
        let odd: [TermRun] = [(0xFF_FFFF, 1), (1 << 24, 2), (7, 255), (8, 1_000), (9, 0.5), (-1, 1), (10, 0), (.max, .greatestFiniteMagnitude)]
        let lists: [[TermRun]?] = [plain, nil, [], odd, plain + odd + plain, nil]
        var runs = RunLists(lists)
        func same(_ a: [TermRun]?, _ b: [TermRun]?) -> Bool {
            guard let a, let b else { return a == nil && b == nil }
            return a.count == b.count && zip(a, b).allSatisfy { $0.term == $1.term && $0.count.bitPattern == $1.count.bitPattern }
        }
        #expect(runs.count == lists.count)
        for x in lists.indices {
            #expect(same(runs[x].map(Array.init), lists[x]), "list \(x)")
            #expect(runs[x]?.count == lists[x]?.count)
        }
        #expect(RunLists.encode(plain).count == plain.count)
        #expect(RunLists.encode(odd).count == 3 * odd.count)
        runs.replace(1, with: odd)
        runs[0] = nil
        let reordered = runs.reordered([3, -1, 1, 0]).packed()
        for (x, want) in [lists[3], nil, odd, nil].enumerated() { #expect(same(reordered[x].map(Array.init), want), "reordered \(x)") }
    }
}

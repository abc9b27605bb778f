import Testing
@testable import ArabicText

/// `IDLists` against the `[UInt32: [UInt32]]` it replaces: the same ids under every key (as sets,
/// the lists' order is not kept) after random adds and removals, links reused, and compacted.
struct IDListsTests {
    @Test func sameListsAsADictionaryOfArrays() {
        var random = SystemRandomNumberGenerator()
        var lists = IDLists()
        var reference: [UInt32: [UInt32]] = [:]
        for step in 0..<20_000 {
            let key = UInt32.random(in: 0..<300, using: &random)
            if let present = reference[key], !present.isEmpty, Bool.random(using: &random) {
                let value = present.randomElement(using: &random)!
                lists.remove(value, from: key)
                reference[key]!.removeAll { $0 == value }
                if reference[key]!.isEmpty { reference[key] = nil }
            } else {
                let value = UInt32.random(in: 0..<5_000, using: &random)
                guard reference[key]?.contains(value) != true else { continue }
                lists.add(value, to: key)
                reference[key, default: []].append(value)
            }
            if step % 1_000 == 0 || step == 19_999 {
                let compacted = lists.compacted()
                #expect(lists.count == reference.count)
                for key in UInt32(0)..<300 {
                    #expect(lists.values(of: key).map { $0.sorted() } == reference[key].map { $0.sorted() })
                    #expect(compacted.values(of: key).map { $0.sorted() } == reference[key].map { $0.sorted() })
                }
            }
        }
        // Removing what is not there changes nothing.
        lists.remove(9_999, from: 7)
        lists.remove(1, from: 9_999)
        #expect(lists.values(of: 7).map { $0.sorted() } == reference[7].map { $0.sorted() })
        #expect(lists.values(of: 9_999) == nil)
    }
}

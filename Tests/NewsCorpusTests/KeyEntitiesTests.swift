import Testing
@testable import NewsCorpus

/// `KeyEntities` against the `[String: Int32]` it replaces: the same positions for the same
/// assignments (later ones replacing earlier), unknown keys nil, before and after compacting,
/// and a copy extended after reserving leaves the original as it was.
struct KeyEntitiesTests {
    @Test func samePositionsAsADictionary() {
        var table = KeyEntities()
        var reference: [String: Int32] = [:]
        let keys = (0..<3_000).map { "per:اسم\($0) " + String(repeating: "ب", count: $0 % 9) }
            + ["loc:رياض", "org:الامم المتحدة", "per:cafe\u{301}", "per:café"]
        for (k, key) in (keys + keys.prefix(500)).enumerated() {
            table[key] = Int32(k)
            reference[key] = Int32(k)
        }
        #expect(table.count == reference.count)
        let compacted = table.compacted()
        for key in keys + ["per:غائب", "loc:"] {
            #expect(table[key] == reference[key], "\(key)")
            #expect(compacted[key] == reference[key], "\(key)")
        }
        var extended = compacted
        let added = ["per:باراك اوباما", "per:اوباما"]
        extended.reserveCapacity(adding: added)
        extended[added[0]] = 7
        extended[added[1]] = 7
        #expect(extended[added[1]] == 7 && extended.count == compacted.count + 2)
        #expect(compacted[added[0]] == nil && compacted.count == reference.count)
    }
}

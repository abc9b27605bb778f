import ArabicText
import Testing
@testable import NewsCorpus

/// `KeyEntities` against the `[String: Int32]` it replaces: the same positions for the same
/// assignments (later ones replacing earlier), unknown keys nil, before and after compacting,
/// person keys by the merge index's numbers and the others by the table's own; a copy extended
/// after reserving (with the index updated) leaves the original as it was.
struct KeyEntitiesTests {
    @Test func samePositionsAsADictionary() {
        let persons = (0..<2_000).map { "per:اسم\($0) " + String(repeating: "ب", count: $0 % 9) }
            + ["per:باراك اوباما", "per:اوباما", "per:cafe\u{301}"]
        let others = (0..<1_000).map { "org:هيئة\($0)" } + ["loc:رياض", "org:الامم المتحدة", "loc:café"]
        let variants = PersonVariantIndex(counts: Dictionary(uniqueKeysWithValues: persons.map { ($0, 1) }))
        var table = KeyEntities()
        var reference: [String: Int32] = [:]
        let keys = persons + others
        for (k, key) in (keys + keys.shuffled().prefix(700)).enumerated() {
            table.set(key, Int32(k), variants: variants)
            reference[key] = Int32(k)
        }
        let compacted = table.compacted()
        for key in keys + ["per:غائب", "org:غائب", "per:café", "loc:cafe\u{301}", "per:اسم"] {
            #expect(table.position(of: key, variants: variants) == reference[key], "\(key)")
            #expect(compacted.position(of: key, variants: variants) == reference[key], "\(key)")
        }

        var updated = variants
        let added = ["per:جون كيري", "per:كيري", "org:هيئة جديدة"]
        _ = updated.update(["per:جون كيري": 2, "per:كيري": 1])
        var extended = compacted
        extended.reserveCapacity(adding: added, variants: updated)
        for key in added { extended.set(key, 7, variants: updated) }
        for key in added {
            #expect(extended.position(of: key, variants: updated) == 7)
            #expect(compacted.position(of: key, variants: updated) == nil)
        }
        #expect(extended.position(of: "per:باراك اوباما", variants: updated) == reference["per:باراك اوباما"])
    }
}

import Testing
@testable import ArabicText

/// `PersonVariantIndex.update` keeps the index a fresh one over the same counts would build, and
/// says when a decision made before changes; `resolve(_:keys:)` equals `resolve(_:)`.
@Suite struct PersonVariantIndexTests {
    static let keys = [
        "per:باراك اوباما", "per:اوباما", "per:ميشيل اوباما", "per:سلمان", "per:سلمان بن عبدالعزيز",
        "per:سلمان بن عبدالعزيز ال سعود", "per:سلمان بن عبدالعزيز ال", "per:محمد بن سلمان", "per:كيري",
        "per:جون كيري", "loc:رياض", "org:الامم المتحدة",
        // The suffix rule and the dominant extension (this round's).
        "per:علي عبدالله صالح", "per:عبدالله صالح", "per:احمد عبدالله صالح", "per:سلمان بن عبدالعزيز خادم",
        // The first-and-last rule.
        "per:علي صالح", "per:علي محمد صالح", "per:محمد سلمان",
    ]

    @Test func updatesEqualAFreshIndex() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            var counts: [String: Int] = [:]
            var index = PersonVariantIndex(counts: [:])
            for _ in 0..<25 {
                var deltas: [String: Int] = [:]
                let presentBefore = Set(counts.filter { $0.value > 0 }.keys)
                for key in Self.keys.shuffled(using: &random).prefix(3) {
                    let current = counts[key] ?? 0
                    let delta = Int.random(in: -current...6, using: &random)
                    deltas[key] = delta
                    counts[key] = current + delta
                }
                let before = index.merges
                let present = Set(counts.filter { $0.value > 0 }.keys)
                let stable = index.update(deltas)
                let fresh = PersonVariantIndex(counts: counts)
                #expect(index.merges == fresh.merges)
                #expect(index.merges == PersonVariants.merges(counts: counts))
                for key in present where key.hasPrefix("per:") {
                    #expect(index.target(of: key) == fresh.target(of: key))
                }
                // A stable update leaves the merge of every key present before and after.
                let flipped = presentBefore.intersection(present).contains { index.merges[$0] != before[$0] }
                if flipped { #expect(!stable) }
            }
        }
    }

    @Test func aNewFullNameThatTakesALoneSurnameIsAFlip() {
        var index = PersonVariantIndex(counts: ["per:باراك اوباما": 9, "per:اوباما": 3])
        #expect(index.target(of: "per:اوباما") == "per:باراك اوباما")
        // A second full name ending in the surname with as many mentions: the surname stays alone.
        let flipped = index.update(["per:ميشيل اوباما": 9])
        #expect(flipped == false)
        #expect(index.target(of: "per:اوباما") == "per:اوباما")
        let unrelated = index.update(["per:جون كيري": 1])
        #expect(unrelated)
    }

    @Test func resolvingWithKeysEqualsResolving() {
        func m(_ name: String, _ type: EntityType, _ start: Int) -> EntityMention {
            EntityMention(type: type, name: name, start: start, end: start + name.count)
        }
        let docs: [[EntityMention]] = [
            [m("باراك أوباما", .person, 0), m("أوباما", .person, 20), m("الرياض", .location, 40)],
            (0..<6).map { m("باراك أوباما", .person, $0 * 20) } + [m("أوباما", .person, 200)],
            [m("أوباما", .person, 0), m("جون كيري", .person, 30), m("كيري", .person, 50)],
        ]
        let keys = docs.enumerated().map { EntityResolver.keys(of: $1, scope: String($0)) }
        #expect(EntityResolver.resolve(docs, keys: keys) == EntityResolver.resolve(docs))
        let obama = EntityResolver.resolve(docs).first { $0.name == "باراك أوباما" }
        #expect(obama?.keys == ["per:باراك اوباما", "per:اوباما"])
    }
}

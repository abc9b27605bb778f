import ArabicText
@testable import NewsCorpus
import Testing

/// Aliases that look the same are listed once; spellings a reader can tell apart are kept.
@Suite struct DistinctAliasesTests {
    @Test(arguments: [
        ("بنغازي", "بـنـغـازي"),                 // tatweel
        ("بنغازي", "\u{FE91}\u{FEE8}\u{FED0}\u{FE8E}\u{FEAF}\u{FEF1}"), // presentation forms
        ("محمد", "مُحَمَّد"),                       // harakat
        ("عبد الله", "عبد  الله"),               // doubled space
    ])
    func looksTheSame(_ a: String, _ b: String) {
        #expect(CorpusEntity.displayKey(a) == CorpusEntity.displayKey(b))
    }

    @Test(arguments: [("أحمد", "احمد"), ("سورية", "سوريه"), ("مصر", "مصري")])
    func readsDifferently(_ a: String, _ b: String) {
        #expect(CorpusEntity.displayKey(a) != CorpusEntity.displayKey(b))
    }

    @Test func theEntityListsEachLookOnce() {
        let entity = CorpusEntity(id: "loc-1", name: "بنغازي", type: .location,
                                  aliases: ["بـنـغازي", "\u{FE91}\u{FEE8}\u{FED0}\u{FE8E}\u{FEAF}\u{FEF1}", "لبنغازي", "لبـنغازي"],
                                  roles: [], mentions: [], matchKeys: [])
        #expect(entity.distinctAliases == ["لبنغازي"])
        #expect(entity.aliases.count == 4)
    }
}

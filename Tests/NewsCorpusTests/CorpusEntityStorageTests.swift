import ArabicText
@testable import NewsCorpus
import Testing

/// What `CorpusEntity` reads off instead of storing: its articles from its mentions, its match
/// keys from one joined string.
@Suite struct CorpusEntityStorageTests {
    private func occurrence(_ article: Int, _ mention: Int) -> EntityOccurrence {
        EntityOccurrence(article: article, start: mention * 10, end: mention * 10 + 5, mention: mention, form: 0, role: 0)
    }

    @Test func articlesAreTheMentionsDistinctArticlesInOrder() {
        let mentions = [occurrence(2, 0), occurrence(2, 3), occurrence(5, 1), occurrence(9, 0), occurrence(9, 4), occurrence(9, 7)]
        let entity = CorpusEntity(id: "per-1", name: "محمد", type: .person, aliases: [], roles: [],
                                  mentions: mentions, matchKeys: ["محمد"])
        #expect(entity.articles == [2, 5, 9])
        #expect(entity.articleCount == 3)
        #expect(entity.mentionCount == 6)
        let none = CorpusEntity(id: "per-2", name: "علي", type: .person, aliases: [], roles: [], mentions: [], matchKeys: [])
        #expect(none.articles.isEmpty && none.articleCount == 0 && none.matchKeys.isEmpty)
    }

    @Test(arguments: [[String](), ["بنغازي"], ["بنغازي", "", "لبنغازي"], ["", ""], ["a b", "c"]])
    func matchKeysComeBackAsGiven(_ keys: [String]) {
        let entity = CorpusEntity(id: "loc-1", name: "بنغازي", type: .location, aliases: [], roles: [],
                                  mentions: [], matchKeys: keys)
        #expect(entity.matchKeys == keys)
        var seen: [Substring] = []
        #expect(!entity.anyMatchKey { seen.append($0); return false })
        #expect(seen.map(String.init) == keys)
    }

    @Test func aMatchNeverSpansTwoKeys() {
        let entity = CorpusEntity(id: "org-1", name: "الأمم المتحدة", type: .organization, aliases: [], roles: [],
                                  mentions: [], matchKeys: ["الامم المتحده", "منظمه"])
        #expect(entity.anyMatchKey { $0.contains("منظمه") })
        #expect(!entity.anyMatchKey { $0.contains("المتحده\nمنظمه") })
        #expect(!entity.anyMatchKey { $0.contains("هم") })
    }

    @Test func keysThatAreTheFormsAreReadOffTheForms() {
        let same = CorpusEntity(id: "per-3", name: "محمد علي", type: .person, aliases: ["محمد"], roles: [], mentions: [],
                                matchKeys: ["محمد علي", "محمد"])
        #expect(same.matchKeys == ["محمد علي", "محمد"])
        #expect(same.anyMatchKey { $0 == "محمد" } && !same.anyMatchKey { $0 == "علي" })
        // Canonically equal but not the same bytes: kept as given (the filter compares bytes).
        let decomposed = "e\u{0301}"
        let other = CorpusEntity(id: "per-4", name: "\u{00E9}", type: .person, aliases: [], roles: [], mentions: [],
                                 matchKeys: [decomposed])
        #expect(other.matchKeys.map { Array($0.utf8) } == [Array(decomposed.utf8)])
    }
}

import ArabicText
import Testing
@testable import NewsCorpus

@Suite struct TimelineGroupingTests {
    func corpus(_ texts: [String]) -> Corpus {
        Corpus(articles: texts.enumerated().map { i, text in
            Article(id: "a\(i)", cleaned: ArticleCleaner.clean("عنوان \(i)\n\n" + text))
        })
    }

    @Test func sameDayAndSharedEntityIsOneHappeningAcrossArticles() throws {
        let c = corpus(Array(repeating: "أعلنت وزارة الداخلية في تونس يوم 3 مارس 2021 عن توقيف خلية.", count: 3)
                       + ["ارتفعت الأسعار في القاهرة يوم 3 مارس 2021 بشكل حاد."])
        let day = c.events.filter { $0.date.description == "2021-03-03" }
        #expect(day.count == 4)
        let tunis = day.filter { c.articleId(of: $0) != "a3" }
        #expect(Set(tunis.map(\.group)).count == 1)
        #expect(Set(c.sources(of: tunis.first!)) == ["a0", "a1", "a2"])
        #expect(c.sources(of: day.first { c.articleId(of: $0) == "a3" }!) == ["a3"])
    }

    /// Regression: each event kept its own copy of its group's article list, so memory grew with
    /// the square of a group's size (10k synthetic articles: 2 GiB instead of 330 MiB).
    /// (40 copies now make two groups: a group holds at most `EventGrouping.maximumArticles`.)
    @Test func eventsOfAGroupShareOneSourcesArray() {
        let c = corpus(Array(repeating: "أعلنت وزارة الداخلية في تونس يوم 3 مارس 2021 عن توقيف خلية.", count: 40))
        let events = c.events.filter { $0.date.description == "2021-03-03" }
        #expect(events.count == 40)
        let groups = Dictionary(grouping: events, by: \.group)
        #expect(groups.count == 2)
        for members in groups.values {
            let storages = Set(members.map { c.sources(of: $0).withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } })
            #expect(storages.count == 1)
            #expect(members.count == EventGrouping.maximumArticles)
            #expect(members.first.map { c.sources(of: $0).count } == EventGrouping.maximumArticles)
        }
    }
}

import HTTPCore
import Testing
@testable import NewsAPI

/// The per-snapshot date table of the search filter answers as walking every event does, and
/// so does the set of articles it gathers by year.
struct SearchDatesTests {
    @Test(arguments: [("2012", "2012"), ("2016", nil), (nil, "2012-09"), ("2011", "2015"), ("1990", "1991"),
                      ("2012-09-11", "2012-09-11"), ("2017-01", "2017-03"), ("3000", nil), (nil, "1500"),
                      ("2011-06-15", "2013-02"), ("1995", "1995-06"), ("2012-10", nil)] as [(String?, String?)])
    func matchesTheEventWalk(_ from: String?, _ to: String?) throws {
        var items: [QueryParameters.Item] = []
        if let from { items.append(.init(name: "from", value: from)) }
        if let to { items.append(.init(name: "to", value: to)) }
        let range = try DateRange(query: QueryParameters(items))
        let snapshot = SeedAPI.store.snapshot
        let corpus = snapshot.corpus
        let gathered = snapshot.searchDates.articles(in: range, articleCount: corpus.articles.count)
        var matched = 0
        for (a, events) in corpus.articleEvents.enumerated() {
            let walked = events.contains { range.contains(corpus.events[Int($0)]) }
            #expect(snapshot.searchDates.hasEvent(article: a, in: range) == walked)
            #expect(gathered.contains(a) == walked, "article \(a)")
            if walked { matched += 1 }
        }
        #expect(gathered.count == matched)
        if from == "3000" { #expect(matched == 0) }
    }
}

import HTTPCore
import Testing
@testable import NewsAPI

/// The per-snapshot date table of the search filter answers as walking every event does.
struct SearchDatesTests {
    @Test(arguments: [("2012", "2012"), ("2016", nil), (nil, "2012-09"), ("2011", "2015"), ("1990", "1991"),
                      ("2012-09-11", "2012-09-11"), ("2017-01", "2017-03"), ("3000", nil)] as [(String?, String?)])
    func matchesTheEventWalk(_ from: String?, _ to: String?) throws {
        var items: [QueryParameters.Item] = []
        if let from { items.append(.init(name: "from", value: from)) }
        if let to { items.append(.init(name: "to", value: to)) }
        let range = try DateRange(query: QueryParameters(items))
        let snapshot = SeedAPI.store.snapshot
        let corpus = snapshot.corpus
        var matched = 0
        for (a, events) in corpus.articleEvents.enumerated() {
            let walked = events.contains { range.contains(corpus.events[Int($0)]) }
            #expect(snapshot.searchDates.hasEvent(article: a, in: range) == walked)
            if walked { matched += 1 }
        }
        if from == "3000" { #expect(matched == 0) }
    }
}

import HTTPCore
import NewsCorpus

/// `GET /api/timeline`: dated events oldest first; filters `article`, `entity`, `from`, `to`,
/// `undated`, `within`. `GET /api/timeline/counts` (`TimelineController+Counts.swift`): how many per period.
struct TimelineController {
    let store: SnapshotStore
    /// The query parameters `list` understands (as in `/openapi.json`); others get 400.
    static let parameters: Set<String> = ["article", "entity", "from", "to", "undated", "within", "limit", "offset"]

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/api/timeline") { request in try list(request) }
        try router.get("/api/timeline/counts") { request in try counts(request) }
    }

    func list(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.parameters)
        let page = try Pagination(query: request.query)
        let snapshot = store.snapshot
        let filter = try TimelineFilter(query: request.query, corpus: snapshot.corpus)
        if filter.isEmpty, let body = snapshot.firstPages.timeline(page) {
            return .json(body)
        }
        return .json(Self.body(filter.matches(in: snapshot.corpus), page: page, in: snapshot.corpus))
    }

    /// The list body of `page` of the events `matches`.
    static func body(_ matches: [Int], page: Pagination, in corpus: Corpus) -> [UInt8] {
        let pageRange = page.range(count: matches.count)
        return page.envelope(total: matches.count) { w in
            for i in matches[pageRange] {
                TimelineJSON.event(corpus.events[i], in: corpus, into: &w)
            }
        }
    }
}

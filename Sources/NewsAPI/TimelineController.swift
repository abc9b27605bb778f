import HTTPCore
import NewsCorpus

/// `GET /api/timeline`: dated events oldest first; filters `article`, `entity`, `from`, `to`.
struct TimelineController {
    let store: SnapshotStore
    /// The query parameters `list` understands (as in `/openapi.json`); others get 400.
    static let parameters: Set<String> = ["article", "entity", "from", "to", "limit", "offset"]

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/api/timeline") { request in try list(request) }
    }

    func list(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.parameters)
        let page = try Pagination(query: request.query)
        let range = try DateRange(query: request.query)
        let snapshot = store.snapshot
        if ["article", "entity", "from", "to"].allSatisfy({ request.query[$0] == nil }),
           let body = snapshot.firstPages.timeline(page) {
            return .json(body)
        }
        let corpus = snapshot.corpus
        var articleId: String?
        if let id = request.query["article"] {
            guard corpus.articlePosition(id: id) != nil else {
                throw HTTPError.badParameter("article", "There is no article with id '\(id)'.")
            }
            articleId = id
        }
        var entity: Int?
        if let id = request.query["entity"] {
            guard let e = corpus.entityPosition(id: id) else {
                throw HTTPError.badParameter("entity", "There is no entity with id '\(id)'.")
            }
            entity = e
        }
        var matches: [Int] = []
        if let articleId, let a = corpus.articlePosition(id: articleId) {
            matches = corpus.articleEvents[a].map(Int.init)
        } else {
            matches = Array(corpus.events.indices)
        }
        matches = matches.filter { i in
            let event = corpus.events[i]
            if let entity, !corpus.entities(of: event).contains(Int32(entity)) { return false }
            return range.contains(event)
        }
        return .json(Self.body(matches, page: page, in: corpus))
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

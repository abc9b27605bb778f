import HTTPCore
import NewsCorpus

/// `GET /api/articles` and `GET /api/articles/{id}`.
struct ArticlesController {
    let store: SnapshotStore
    /// The query parameters `list` understands (as in `/openapi.json`); others get 400.
    static let listParameters: Set<String> = ["limit", "offset", "sort"]

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/api/articles") { request in try list(request) }
        try router.get("/api/articles/{id}") { request in try show(request) }
    }

    func list(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.listParameters)
        let page = try Pagination(query: request.query)
        let sort = request.query["sort"] ?? ArticleOrder.Key.newest.rawValue
        guard let key = ArticleOrder.Key(rawValue: sort) else {
            throw HTTPError.badParameter("sort", "sort must be newest or id; got '\(sort)'.")
        }
        let snapshot = store.snapshot
        let corpus = snapshot.corpus
        let range = page.range(count: corpus.articles.count)
        return .json(page.envelope(total: corpus.articles.count) { w in
            switch key {
            case .newest:
                for p in snapshot.articleOrder.newest[range] { ArticleJSON.summary(corpus.articles[Int(p)], into: &w) }
            case .id:
                for article in corpus.articles[range] { ArticleJSON.summary(article, into: &w) }
            }
        })
    }

    func show(_ request: Request) throws -> Response {
        try request.query.requireOnly([])
        let id = request.pathParameters["id"] ?? ""
        let snapshot = store.snapshot
        guard let position = snapshot.corpus.articlePosition(id: id) else {
            throw HTTPError.notFound("There is no article with id '\(id)'.")
        }
        return .json(snapshot.articleBody(at: position))
    }
}

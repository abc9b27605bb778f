import Foundation
import ArabicText
import HTTPCore
import NewsCorpus

/// `GET /api/entities` (filters `type`, `q`, `article`), `GET /api/entities/{id}` and its
/// articles, a page at a time, `GET /api/entities/{id}/articles`.
struct EntitiesController {
    let store: SnapshotStore
    /// The query parameters `list` understands (as in `/openapi.json`); others get 400.
    static let listParameters: Set<String> = ["type", "q", "article", "limit", "offset"]

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/api/entities") { request in try list(request) }
        try router.get("/api/entities/{id}") { request in try show(request) }
        try router.get("/api/entities/{id}/articles") { request in try articles(request) }
    }

    func list(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.listParameters)
        let page = try Pagination(query: request.query)
        let snapshot = store.snapshot
        if request.query["type"] == nil, request.query["article"] == nil, request.query["q"] == nil,
           let body = snapshot.firstPages.entities(page) {
            return .json(body)
        }
        if request.query["type"] == nil, request.query["article"] == nil, request.query["q"] == nil {
            let ranked = snapshot.rankedEntities
            let range = page.range(count: ranked.count)
            return .json(page.envelope(total: ranked.count) { w in
                for e in ranked[range] { EntityJSON.summary(snapshot.corpus.entities[Int(e)], in: snapshot.corpus, into: &w) }
            })
        }
        let corpus = snapshot.corpus
        var type: EntityType?
        if let text = request.query["type"] {
            guard let t = EntityType(rawValue: text) else {
                throw HTTPError.badParameter("type", "type must be person, organization or location; got '\(text)'.")
            }
            type = t
        }
        var candidates: [Int]
        if let articleId = request.query["article"] {
            guard let a = corpus.articlePosition(id: articleId) else {
                throw HTTPError.badParameter("article", "There is no article with id '\(articleId)'.")
            }
            candidates = corpus.articleEntities[a].map(Int.init)
        } else {
            candidates = Array(corpus.entities.indices)
        }
        let needle = request.query["q"].map { ArabicNormalizer.normalize($0).trimmingCharacters(in: .whitespaces) }
        if let needle, needle.isEmpty, request.query["q"]?.isEmpty == false {
            throw HTTPError.badParameter("q", "q must contain a letter or digit.")
        }
        let filter = needle.flatMap { $0.isEmpty ? nil : NameFilter($0) }
        let matches = Self.ranked(candidates.filter { e in
            let entity = corpus.entities[e]
            if let type, entity.type != type { return false }
            if let filter {
                return filter.matches(entity)
            }
            return true
        }, in: corpus)
        return .json(Self.body(matches, page: page, in: corpus))
    }

    /// `entities` (positions) most mentioned first, then in most articles, then by name.
    static func ranked(_ entities: [Int], in corpus: Corpus) -> [Int] {
        entities.sorted { a, b in
            let x = corpus.entities[a], y = corpus.entities[b]
            if x.mentionCount != y.mentionCount { return x.mentionCount > y.mentionCount }
            if x.articleCount != y.articleCount { return x.articleCount > y.articleCount }
            return x.name < y.name
        }
    }

    /// The list body of `page` of the ranked `matches`.
    static func body(_ matches: [Int], page: Pagination, in corpus: Corpus) -> [UInt8] {
        let range = page.range(count: matches.count)
        return page.envelope(total: matches.count) { w in
            for e in matches[range] { EntityJSON.summary(corpus.entities[e], in: corpus, into: &w) }
        }
    }

    func show(_ request: Request) throws -> Response {
        try request.query.requireOnly(["mentionArticles", "context"])
        var context: Int?
        if let text = request.query["context"] {
            guard let value = Int(text), (0...30).contains(value) else {
                throw HTTPError.badParameter("context", "context must be a whole number of words from 0 to 30; got '\(text)'.")
            }
            context = value
        }
        var articles: Int?
        if let text = request.query["mentionArticles"] {
            guard let value = Int(text), value >= 0 else {
                throw HTTPError.badParameter("mentionArticles", "mentionArticles must be a whole number of 0 or more; got '\(text)'.")
            }
            articles = value
        }
        let id = request.pathParameters["id"] ?? ""
        let corpus = store.snapshot.corpus
        guard let position = corpus.entityPosition(id: id) else {
            throw HTTPError.notFound("There is no entity with id '\(id)'.")
        }
        return .json(EntityJSON.detail(position, in: corpus, articles: articles, context: context))
    }

    func articles(_ request: Request) throws -> Response {
        try request.query.requireOnly(["limit", "offset"])
        let page = try Pagination(query: request.query)
        let id = request.pathParameters["id"] ?? ""
        let corpus = store.snapshot.corpus
        guard let position = corpus.entityPosition(id: id) else {
            throw HTTPError.notFound("There is no entity with id '\(id)'.")
        }
        return .json(EntityJSON.articles(corpus.entities[position], page: page, in: corpus))
    }
}

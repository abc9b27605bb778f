import Foundation
import HTTPCore
import HTTPTypes
import NewsCorpus

/// `POST/GET /api/feeds`, `GET/DELETE /api/feeds/{id}`, `POST /api/feeds/{id}/poll` and
/// `POST /api/articles/fetch`. Writes need the bearer token, like the article writes.
struct FeedsController {
    let feeds: FeedService
    let access: WriteAccess

    /// Minutes between polls: default, least and most.
    static let intervals = (default: 60, range: 1...10_080)

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.post("/api/feeds") { request in try subscribe(request) }
        try router.get("/api/feeds") { request in try list(request) }
        try router.get("/api/feeds/{id}") { request in try show(request) }
        try router.delete("/api/feeds/{id}") { request in try unsubscribe(request) }
        try router.post("/api/feeds/{id}/poll") { request in try poll(request) }
        try router.post("/api/articles/fetch") { request in try fetch(request) }
    }

    func subscribe(_ request: Request) throws -> Response {
        try access.authorize(request)
        let body = try JSONBody(request: request)
        let url = try body.url()
        struct Fields: Decodable { var intervalMinutes: Int? }
        var interval = Self.intervals.default
        if body.object["intervalMinutes"] != nil {
            // JSONDecoder, unlike JSONSerialization's NSNumber, tells true and 1.5 from a whole number.
            guard let fields = try? JSONDecoder().decode(Fields.self, from: Data(request.body)),
                  Self.intervals.range.contains(fields.intervalMinutes ?? interval) else {
                throw HTTPError.badParameter("intervalMinutes", "intervalMinutes must be a whole number from \(Self.intervals.range.lowerBound) to \(Self.intervals.range.upperBound).")
            }
            interval = fields.intervalMinutes ?? interval
        }
        let (state, created) = try feeds.subscribe(url: url, intervalMinutes: interval)
        var w = JSONWriter(capacity: 512)
        state.write(into: &w)
        var response = Response.json(w.bytes, status: created ? .created : .ok)
        response.headerFields[.location] = "/api/feeds/" + state.record.id
        return response
    }

    func list(_ request: Request) throws -> Response {
        let page = try Pagination(query: request.query)
        let all = feeds.subscriptions
        return .json(page.envelope(total: all.count) { w in
            for state in all[page.range(count: all.count)] { state.write(into: &w) }
        })
    }

    func show(_ request: Request) throws -> Response {
        let id = request.pathParameters["id"] ?? ""
        guard let state = feeds.subscription(id: id) else { throw HTTPError.notFound("There is no feed with id '\(id)'.") }
        var w = JSONWriter(capacity: 512)
        state.write(into: &w)
        return .json(w.bytes)
    }

    func unsubscribe(_ request: Request) throws -> Response {
        try access.authorize(request)
        let id = request.pathParameters["id"] ?? ""
        guard try feeds.unsubscribe(id: id) else { throw HTTPError.notFound("There is no feed with id '\(id)'.") }
        return Response(status: .noContent)
    }

    func poll(_ request: Request) throws -> Response {
        try access.authorize(request)
        let id = request.pathParameters["id"] ?? ""
        guard let report = feeds.poll(id: id) else { throw HTTPError.notFound("There is no feed with id '\(id)'.") }
        return .json(report.json())
    }

    func fetch(_ request: Request) throws -> Response {
        try access.authorize(request)
        let url = try JSONBody(request: request).url()
        let outcome: FetchedArticleWriter.Outcome
        do {
            outcome = try feeds.fetchGate.run { try feeds.importer.importPage(url) }
        } catch let failure as PageImporter.Failure {
            throw failure.httpError
        }
        var response: Response
        switch outcome {
        case .added(_, let body): response = .json(body, status: .created)
        case .existing(_, let body): response = .json(body)
        }
        response.headerFields[.location] = "/api/articles/" + outcome.id
        return response
    }
}

/// A JSON object request body, checked like the article writes' (media type, UTF-8, object).
struct JSONBody {
    let object: [String: Any]

    init(request: Request) throws(HTTPError) {
        let contentType = request.headerFields[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" else {
            throw HTTPError(.unsupportedMediaType, detail: "Send application/json; got '\(contentType.isEmpty ? "no Content-Type" : contentType)'.")
        }
        guard String(validating: request.body, as: UTF8.self) != nil,
              let parsed = try? JSONSerialization.jsonObject(with: Data(request.body)),
              let object = parsed as? [String: Any] else {
            throw HTTPError(.badRequest, detail: "The body must be a JSON object.")
        }
        self.object = object
    }

    /// The required `url` field: an absolute http(s) URL with a host.
    func url() throws(HTTPError) -> URL {
        guard let text = object["url"] as? String else {
            throw HTTPError.badParameter("url", "url is required and must be a string.")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else {
            throw HTTPError.badParameter("url", "url must be an absolute http or https URL; got '\(text)'.")
        }
        return url
    }
}

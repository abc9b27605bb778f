import Foundation
import HTTPCore
import HTTPTypes
import NewsCorpus

/// `POST /api/articles`, `PUT /api/articles/{id}`, `DELETE /api/articles/{id}`: changes to the
/// corpus, authorised by `WriteAccess`, recorded by the `ArticleStore` before they are
/// acknowledged, and published as a new snapshot so that reads never wait.
struct ArticleWritesController {
    let store: SnapshotStore
    let access: WriteAccess
    let journal: any ArticleStore

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.post("/api/articles") { request in try create(request) }
        try router.put("/api/articles/{id}") { request in try replace(request) }
        try router.delete("/api/articles/{id}") { request in try remove(request) }
    }

    func create(_ request: Request) throws -> Response {
        try access.authorize(request)
        let input = try ArticleInput(request: request)
        let id = ArticleWritesController.newID()
        let submitted = input.submission(id: id)
        let body = try commit(.upsert(submitted), bodyOf: id)
        var response = Response.json(body, status: .created)
        response.headerFields[.location] = "/api/articles/" + id
        return response
    }

    func replace(_ request: Request) throws -> Response {
        try access.authorize(request)
        let id = request.pathParameters["id"] ?? ""
        guard let existing = store.snapshot.corpus.article(id: id) else {
            throw HTTPError.notFound("There is no article with id '\(id)'.")
        }
        guard existing.origin == .added else {
            throw HTTPError(.conflict, detail: "Article '\(id)' comes from the corpus folder and cannot be replaced; DELETE hides it, POST adds a new one.")
        }
        let input = try ArticleInput(request: request)
        return .json(try commit(.upsert(input.submission(id: id)), bodyOf: id))
    }

    func remove(_ request: Request) throws -> Response {
        try access.authorize(request)
        let id = request.pathParameters["id"] ?? ""
        guard store.snapshot.corpus.article(id: id) != nil else {
            throw HTTPError.notFound("There is no article with id '\(id)'.")
        }
        _ = try commit(.delete(id: id), bodyOf: nil)
        return Response(status: .noContent)
    }

    /// Records the change durably, then publishes the snapshot with it applied, and returns the
    /// encoded article `id` of that snapshot. Runs under the store's writer lock, so concurrent
    /// writes are applied one after the other.
    private func commit(_ change: ArticleChange, bodyOf id: String?) throws -> [UInt8] {
        try store.update { current in
            if case .delete(let id) = change, current.corpus.article(id: id) == nil {
                throw HTTPError.notFound("There is no article with id '\(id)'.")
            }
            do {
                try journal.append(change)
            } catch {
                throw HTTPError(.serviceUnavailable, detail: "The change could not be stored; nothing was changed.")
            }
            let next = Snapshot(corpus: current.corpus.applying([change]))
            let body = id.flatMap { next.corpus.articlePosition(id: $0) }.map { next.articleBody(at: $0) } ?? []
            return (next, body)
        }
    }

    /// A new random article id (`a-` and 16 hex digits).
    static func newID() -> String {
        let value = UInt64.random(in: .min ... .max)
        let hex = String(value, radix: 16)
        return "a-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The JSON body of a write: `title` and `text` required and non-empty; `published`
/// (ISO date), `source`, `url` optional. Validated before anything is stored.
struct ArticleInput {
    var title: String
    var text: String
    var published: String?
    var source: String?
    var url: String?

    init(request: Request) throws(HTTPError) {
        let contentType = request.headerFields[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" else {
            throw HTTPError(.unsupportedMediaType, detail: "Send the article as application/json; got '\(contentType.isEmpty ? "no Content-Type" : contentType)'.")
        }
        guard String(validating: request.body, as: UTF8.self) != nil else {
            throw HTTPError(.badRequest, detail: "The body is not valid UTF-8.")
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
                throw HTTPError(.badRequest, detail: "The body must be a JSON object.")
            }
            object = parsed
        } catch let error as HTTPError {
            throw error
        } catch {
            throw HTTPError(.badRequest, detail: "The body is not valid JSON.")
        }
        func field(_ name: String, required: Bool) throws(HTTPError) -> String? {
            guard let value = object[name], !(value is NSNull) else {
                if required { throw HTTPError.badParameter(name, "\(name) is required.") }
                return nil
            }
            guard let text = value as? String else {
                throw HTTPError.badParameter(name, "\(name) must be a string.")
            }
            if required && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw HTTPError.badParameter(name, "\(name) must not be empty.")
            }
            return text
        }
        title = try field("title", required: true)!.trimmingCharacters(in: .whitespacesAndNewlines)
        text = try field("text", required: true)!
        published = try field("published", required: false)
        if let published, ISODateParser.parse(published) == nil {
            throw HTTPError.badParameter("published", "published must be a date like 2020-11-13, 2020-11 or 2020; got '\(published)'.")
        }
        source = try field("source", required: false)
        url = try field("url", required: false)
        guard ArticleCleaner.clean(text, providedTitle: title).paragraphs.isEmpty == false else {
            throw HTTPError.badParameter("text", "text has no words.")
        }
    }

    func submission(id: String) -> SubmittedArticle {
        SubmittedArticle(id: id, title: title, text: text, published: published, source: source, url: url)
    }
}

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
        try router.post(BulkImportController.path) { request in
            try BulkImportController(writes: self).importLines(request)
        }
    }

    /// Adds the article, or, when its `id` or `url` names an article added before, updates it
    /// in place (200) or leaves it as it is (200): posting the same article twice makes one.
    func create(_ request: Request) throws -> Response {
        try access.authorize(request)
        let input = try ArticleInput(request: request)
        let (outcome, body) = try store.update { current -> (Snapshot, (ArticleImport.Outcome, [UInt8])) in
            var plan = ArticleImport(corpus: current.corpus)
            let outcome = try plan.plan(input, newID: ArticleWritesController.newID)
            guard !plan.changes.isEmpty else {
                let body = current.corpus.articlePosition(id: outcome.id).map { current.articleBody(at: $0) } ?? []
                return (current, (outcome, body))
            }
            let (next, body) = try commit(plan.changes, prepared: plan.planned, to: current, bodyOf: outcome.id)
            return (next, (outcome, body))
        }
        var response = Response.json(body, status: outcome == .added(outcome.id) ? .created : .ok)
        response.headerFields[.location] = "/api/articles/" + outcome.id
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
        if let given = input.id, given != id {
            throw HTTPError.badParameter("id", "The body's id '\(given)' differs from the path's '\(id)'.")
        }
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
            return try commit([change], to: current, bodyOf: id)
        }
    }

    /// Journals `changes` (one durable append), applies them (after any changes of other
    /// replicas the store returns first) to `current` and returns the next
    /// snapshot with the encoded body of article `id`. Call under the store's writer lock.
    func commit(_ changes: [ArticleChange], prepared: [String: Article] = [:], to current: Snapshot,
                bodyOf id: String?) throws -> (Snapshot, [UInt8]) {
        let applied: [ArticleChange]
        do {
            // With a shared store, also the changes other replicas made that this one has not
            // applied yet, before these (the order every replica applies them in).
            applied = try journal.record(changes)
        } catch let error as StoreUnavailable {
            throw HTTPError(.serviceUnavailable, detail: "The change could not be stored: \(error.reason). Nothing was changed; try again later.")
        } catch {
            throw HTTPError(.serviceUnavailable, detail: "The change could not be stored; nothing was changed.")
        }
        let next = Snapshot(corpus: current.corpus.applying(applied, prepared: prepared), previous: current)
        let body = id.flatMap { next.corpus.articlePosition(id: $0) }.map { next.articleBody(at: $0) } ?? []
        return (next, body)
    }

    /// A new random article id (`a-` and 16 hex digits).
    static func newID() -> String {
        let value = UInt64.random(in: .min ... .max)
        let hex = String(value, radix: 16)
        return "a-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

import Foundation
import ArabicText
import HTTPCore
import HTTPTypes
import NewsCorpus

/// Entity corrections, authorised by `WriteAccess` (the token's label is recorded as who):
/// `POST /api/entities/{id}/rename|retype|merge|split|hide`, and `GET /api/corrections`,
/// `GET /api/corrections/{id}`, `DELETE /api/corrections/{id}` (undo). Each is journaled before
/// it is acknowledged and re-applied over every rebuilt entity table.
struct CorrectionsController {
    let store: SnapshotStore
    let access: WriteAccess
    let journal: any ArticleStore
    /// The longest canonical name accepted, in characters.
    static let maxNameLength = 200

    func addRoutes(to router: inout RouterBuilder) throws {
        for action in ["rename", "retype", "merge", "split", "hide"] {
            try router.post("/api/entities/{id}/" + action) { request in try correct(request, action: action) }
        }
        try router.get("/api/corrections") { request in try list(request) }
        try router.get("/api/corrections/{id}") { request in try show(request) }
        try router.delete("/api/corrections/{id}") { request in try undo(request) }
    }

    func correct(_ request: Request, action kind: String) throws -> Response {
        let who = try access.authorizedLabel(request)
        try request.query.requireOnly([])
        let id = request.pathParameters["id"] ?? ""
        let corpus = store.snapshot.corpus
        guard let entity = corpus.entity(id: id) else {
            throw HTTPError.notFound("There is no entity with id '\(id)'.")
        }
        let body = try CorrectionInput(request: request)
        let action = try body.action(kind, on: entity, in: corpus)
        let correction = EntityCorrection(id: Self.newID(), who: who, when: Self.now(), action: action)
        let entry = try commit(.correction(correction), id: correction.id)
        var response = Response.json(CorrectionJSON.body(entry), status: .created)
        response.headerFields[.location] = "/api/corrections/" + correction.id
        return response
    }

    func list(_ request: Request) throws -> Response {
        try request.query.requireOnly(["entity", "limit", "offset"])
        let page = try Pagination(query: request.query)
        var entries = store.snapshot.corpus.corrections
        if let id = request.query["entity"] {
            entries = entries.filter { entry in
                if entry.correction.action.target.id == id || entry.entityID == id { return true }
                if case .merge(_, let into) = entry.correction.action { return into.id == id }
                return false
            }
        }
        let range = page.range(count: entries.count)
        return .json(page.envelope(total: entries.count) { w in
            for entry in entries[range] { CorrectionJSON.entry(entry, into: &w) }
        })
    }

    func show(_ request: Request) throws -> Response {
        try request.query.requireOnly([])
        return .json(CorrectionJSON.body(try existing(request.pathParameters["id"] ?? "")))
    }

    /// Undoes the correction: it stays listed, `undone`, and the entities are as if it had
    /// never been made (the later corrections re-applied without it).
    func undo(_ request: Request) throws -> Response {
        let who = try access.authorizedLabel(request)
        try request.query.requireOnly([])
        let id = request.pathParameters["id"] ?? ""
        guard try existing(id).undone == nil else {
            throw HTTPError(.conflict, detail: "Correction '\(id)' is already undone.")
        }
        return .json(CorrectionJSON.body(try commit(.undoCorrection(id: id, who: who, when: Self.now()), id: id)))
    }

    private func existing(_ id: String) throws(HTTPError) -> CorrectionEntry {
        guard let entry = store.snapshot.corpus.corrections.first(where: { $0.correction.id == id }) else {
            throw HTTPError.notFound("There is no correction with id '\(id)'.")
        }
        return entry
    }

    /// Journals `change`, publishes the snapshot with it applied, and returns the entry `id`.
    /// With a shared store, the changes other replicas made first are applied before it, in
    /// the store's order (`ArticleStore.record`).
    private func commit(_ change: ArticleChange, id: String) throws -> CorrectionEntry {
        try store.update { current in
            let applied: [ArticleChange]
            do {
                applied = try journal.record([change])
            } catch let error as StoreUnavailable {
                throw HTTPError(.serviceUnavailable, detail: "The correction could not be stored: \(error.reason). Nothing was changed; try again later.")
            } catch {
                throw HTTPError(.serviceUnavailable, detail: "The correction could not be stored; nothing was changed.")
            }
            let corpus = current.corpus.applying(applied)
            // Corrections alone leave the articles unchanged: the search index is kept.
            let onlyCorrections = applied.allSatisfy {
                switch $0 { case .correction, .undoCorrection: true; default: false }
            }
            let next = onlyCorrections ? Snapshot(corpus: corpus, sameArticlesAs: current) : Snapshot(corpus: corpus, previous: current)
            let entry = next.corpus.corrections.first { $0.correction.id == id }!
            return (next, entry)
        }
    }

    /// A new random correction id (`c-` and 16 hex digits).
    static func newID() -> String {
        let hex = String(UInt64.random(in: .min ... .max), radix: 16)
        return "c-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Now, as an RFC 3339 UTC timestamp.
    static func now() -> String {
        Date.now.formatted(.iso8601)
    }
}

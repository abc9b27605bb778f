import HTTPCore

/// `GET /healthz` (liveness) and `GET /readyz` (corpus loaded and indexed).
struct HealthController {
    let store: SnapshotStore

    static let ok: [UInt8] = Array(#"{"status":"ok"}"#.utf8)

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/healthz") { _ in .json(Self.ok) }
        try router.get("/readyz") { _ in
            let corpus = store.snapshot.corpus
            var w = JSONWriter()
            w.beginObject()
            w.key("status"); w.string("ready")
            w.key("articles"); w.int(corpus.articles.count)
            w.key("entities"); w.int(corpus.entities.count)
            w.key("events"); w.int(corpus.events.count)
            w.endObject()
            return .json(w.bytes)
        }
    }
}

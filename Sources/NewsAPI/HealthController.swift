import HTTPCore

/// `GET /healthz` (liveness) and `GET /readyz` (corpus loaded and indexed, and, with a shared
/// store, that store reached recently: else 503).
struct HealthController {
    let store: SnapshotStore
    var readiness: ReadinessCheck? = nil

    static let ok: [UInt8] = Array(#"{"status":"ok"}"#.utf8)

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/healthz") { _ in .json(Self.ok) }
        try router.get("/readyz") { _ in
            if let reason = readiness?() {
                throw HTTPError(.serviceUnavailable, detail: "Not ready: \(reason).")
            }
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

/// Why the server should take no traffic now (nil: it may): e.g. its shared store has been out
/// of reach for longer than allowed.
public typealias ReadinessCheck = @Sendable () -> String?

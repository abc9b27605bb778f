import HTTPCore
import NewsCorpus

/// The REST API over a snapshot store: registers every `/api` route, `/healthz`, `/readyz`
/// and `/openapi.json` on a router.
public struct NewsService: Sendable {
    public let store: SnapshotStore
    public let access: WriteAccess
    public let journal: any ArticleStore
    /// Feed subscriptions and page fetching.
    public let feeds: FeedService
    /// Extra readiness for `/readyz` (a shared store's staleness); nil: ready once loaded.
    public let readiness: ReadinessCheck?

    /// `access` decides who may write; `journal` keeps accepted writes (in memory by default);
    /// `feeds` polls and fetches (by default one without subscriptions that refuses private
    /// addresses); `readiness` may make `/readyz` answer 503.
    public init(store: SnapshotStore, access: WriteAccess = WriteAccess(token: nil),
                journal: any ArticleStore = VolatileArticleStore(), feeds: FeedService? = nil,
                readiness: ReadinessCheck? = nil) {
        self.store = store
        self.readiness = readiness
        self.access = access
        self.journal = journal
        self.feeds = feeds ?? FeedService(store: store, journal: journal)
    }

    /// Paths whose requests may carry more than the server's default body limit, and how much:
    /// the bulk import (set them in the server's `HTTPLimits.bodyLimitsByPath`).
    public static let largeBodyLimits: [String: Int] = [BulkImportController.path: BulkImportController.maxBodyBytes]

    /// Adds all routes of the API.
    public func addRoutes(to router: inout RouterBuilder) throws {
        try HealthController(store: store, readiness: readiness).addRoutes(to: &router)
        try ArticlesController(store: store).addRoutes(to: &router)
        try ArticleWritesController(store: store, access: access, journal: journal).addRoutes(to: &router)
        try FeedsController(feeds: feeds, access: access).addRoutes(to: &router)
        try EntitiesController(store: store).addRoutes(to: &router)
        try CorrectionsController(store: store, access: access, journal: journal).addRoutes(to: &router)
        try ExportController(store: store).addRoutes(to: &router)
        try TimelineController(store: store).addRoutes(to: &router)
        try SearchController(store: store).addRoutes(to: &router)
        try GraphController(store: store).addRoutes(to: &router)
        let openAPI = Response.json(OpenAPIDocument.bytes)
        try router.get("/openapi.json") { _ in openAPI }
    }

    /// The application's router: the API, and `files` for every path outside `/api`
    /// (the browser UI). Unknown `/api` paths are 404 problems, never static lookups.
    public func router(files: Handler? = nil) throws -> Router {
        var builder = RouterBuilder()
        try addRoutes(to: &builder)
        builder.setFallback { request in
            if let files, request.path != "/api", !request.path.hasPrefix("/api/") {
                return try files(request)
            }
            throw HTTPError.notFound("No resource at \(request.path).")
        }
        return builder.build()
    }
}

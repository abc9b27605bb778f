import Foundation
import HTTPCore
import HTTPServer
import HTTPTypes
import Logging
import Synchronization

/// A news site on 127.0.0.1 (port 0) for the feed tests, on Marsad's own HTTP server: the
/// hand-written pages and feeds of `Tests/Fixtures/feeds`, feeds with an `ETag` that answer
/// `If-None-Match` with 304, and a few misbehaving paths (redirect loop, oversized body, slow
/// answer, redirect to another scheme). Items can be added to the RSS feed while it runs.
final class FixtureSite: Sendable {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds")

    private struct State {
        var extraItems: [String] = []
        var version = 1
        var notModifiedAnswers = 0
        var requests: [String] = []
        var port = 0
    }

    /// Shared with the handlers, which exist before the port is known.
    private final class Shared: Sendable {
        let state = Mutex(State())
        var base: String { "http://127.0.0.1:\(state.withLock { $0.port })" }
    }

    private let shared = Shared()
    private let server: Server
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let shared = self.shared
        var builder = RouterBuilder()
        let pages = ["library": "page-library.html", "desalination": "page-desalination.html", "rail": "page-rail.html"]
        try builder.get("/news/{name}") { request in
            shared.state.withLock { $0.requests.append(request.path) }
            guard let file = pages[request.pathParameters["name"] ?? ""] else { throw HTTPError.notFound("no page") }
            return FixtureSite.file(file, base: shared.base, type: "text/html; charset=utf-8")
        }
        try builder.get("/rss.xml") { request in FixtureSite.rss(request, shared) }
        try builder.get("/atom.xml") { _ in FixtureSite.file("feed-atom.xml", base: shared.base, type: "application/atom+xml") }
        try builder.get("/loop") { _ in FixtureSite.redirect("/loop") }
        try builder.get("/to-ftp") { _ in FixtureSite.redirect("ftp://127.0.0.1/file") }
        try builder.get("/to-rail") { _ in FixtureSite.redirect("/news/rail") }
        try builder.get("/huge") { _ in
            var fields = HTTPFields()
            fields[.contentType] = "text/html"
            return Response(status: .ok, headerFields: fields, body: Array(repeating: UInt8(ascii: "a"), count: 300_000))
        }
        try builder.get("/slow") { request in
            shared.state.withLock { $0.requests.append(request.path) }
            usleep(2_500_000)
            return .text("late")
        }
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.eventLoops = 2
        server = Server(configuration: configuration, responder: builder.build(),
                        logger: Logger(label: "fixture", factory: { _ in SwiftLogNoOpLogHandler() }))
        port = try server.start()
        shared.state.withLock { [port] in $0.port = port }
    }

    func stop() { server.shutdown(timeout: .seconds(2)) }

    /// Adds an `<item>` linking to `/news/{name}` at the top of the RSS feed (a new ETag).
    func addItem(page name: String, title: String) {
        shared.state.withLock {
            $0.extraItems.insert("<item><title>\(title)</title><link>{{base}}/news/\(name)</link><pubDate>Mon, 14 Sep 2026 06:00:00 GMT</pubDate></item>", at: 0)
            $0.version += 1
        }
    }

    /// How many times the RSS feed was answered 304.
    var notModifiedAnswers: Int { shared.state.withLock { $0.notModifiedAnswers } }
    /// The page paths requested, in order.
    var pageRequests: [String] { shared.state.withLock { $0.requests } }

    private static func rss(_ request: Request, _ shared: Shared) -> Response {
        let base = shared.base
        let (extra, version) = shared.state.withLock { ($0.extraItems, $0.version) }
        let etag = "\"rss-v\(version)\""
        if request.headerFields[.ifNoneMatch] == etag {
            shared.state.withLock { $0.notModifiedAnswers += 1 }
            var fields = HTTPFields()
            fields[.eTag] = etag
            return Response(status: .notModified, headerFields: fields)
        }
        var response = FixtureSite.file("feed-rss.xml", base: base, type: "application/rss+xml; charset=utf-8")
        if !extra.isEmpty, var text = String(validating: response.body, as: UTF8.self),
           let range = text.range(of: "<item>") {
            text.insert(contentsOf: extra.joined().replacingOccurrences(of: "{{base}}", with: base), at: range.lowerBound)
            response.body = Array(text.utf8)
        }
        response.headerFields[.eTag] = etag
        return response
    }

    static func file(_ name: String, base: String, type: String) -> Response {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        var fields = HTTPFields()
        fields[.contentType] = type
        return Response(status: .ok, headerFields: fields, body: Array(text.replacingOccurrences(of: "{{base}}", with: base).utf8))
    }

    static func redirect(_ location: String) -> Response {
        var fields = HTTPFields()
        fields[.location] = location
        return Response(status: .found, headerFields: fields)
    }

}

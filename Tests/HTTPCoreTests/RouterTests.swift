import HTTPTypes
import Testing
@testable import HTTPCore

@Suite struct RouterTests {
    func router() throws -> Router {
        var builder = RouterBuilder()
        try builder.get("/api/articles") { _ in .text("list") }
        try builder.get("/api/articles/{id}") { req in .text("article " + (req.pathParameters["id"] ?? "")) }
        try builder.post("/api/articles") { _ in .text("created", status: .created) }
        return builder.build()
    }

    @Test func routesLiteralAndCapture() throws {
        let r = try router()
        #expect(r.respond(to: Request(method: .get, target: "/api/articles", path: "/api/articles")).body == Array("list".utf8))
        #expect(r.respond(to: Request(method: .get, target: "/api/articles/abc", path: "/api/articles/abc")).body == Array("article abc".utf8))
    }

    @Test func headUsesGet() throws {
        let response = try router().respond(to: Request(method: .head, target: "/api/articles", path: "/api/articles"))
        #expect(response.status == .ok)
    }

    @Test func unknownPathIs404Problem() throws {
        let response = try router().respond(to: Request(method: .get, target: "/nope", path: "/nope"))
        #expect(response.status == .notFound)
        #expect(response.headerFields[.contentType] == MediaType.problemJSON)
    }

    @Test func wrongMethodIs405WithAllow() throws {
        let response = try router().respond(to: Request(method: .delete, target: "/api/articles", path: "/api/articles"))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headerFields[.allow] == "GET, POST, HEAD")
    }

    @Test func capturesAreWholeSegmentsOfAnyScript() throws {
        let r = try router()
        func body(_ path: String) -> String {
            String(decoding: r.respond(to: Request(method: .get, target: path, path: path)).body, as: UTF8.self)
        }
        #expect(body("/api/articles/خبر-١") == "article خبر-١")
        #expect(body("/api/articles/abc/") == "article abc")
        #expect(body("/api/articles/") == "list")
        #expect(r.respond(to: Request(method: .get, target: "/api/articles//abc", path: "/api/articles//abc")).status == .notFound)
        #expect(r.respond(to: Request(method: .get, target: "/api/Articles/abc", path: "/api/Articles/abc")).status == .notFound)
        #expect(r.respond(to: Request(method: .get, target: "/api/articles/a/b", path: "/api/articles/a/b")).status == .notFound)
    }

    @Test func badPatternsAreRefused() {
        #expect(throws: RoutePatternError.self) { try RoutePattern("api") }
        #expect(throws: RoutePatternError.self) { try RoutePattern("/a/{}") }
        #expect(throws: RoutePatternError.self) { try RoutePattern("/a/{x}/{x}") }
    }
}

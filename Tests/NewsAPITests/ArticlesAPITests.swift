import Foundation
import HTTPCore
import Testing

@Suite struct ArticlesAPITests {
    @Test func listsArticlesWithPagination() {
        let (status, json, response) = SeedAPI.get("/api/articles?limit=2&offset=1")
        #expect(status == 200)
        #expect(response.headerFields[.contentType] == "application/json; charset=utf-8")
        let body = json.object
        #expect(body["total"] as? Int == 5)
        #expect(body["limit"] as? Int == 2)
        #expect(body["offset"] as? Int == 1)
        let items = body["items"] as? [[String: Any]] ?? []
        #expect(items.map { $0["id"] as? String } == ["001_ee4fb4a7c0a0eb1e", "002_855d8bd0f73ce62f"])
        #expect(items.allSatisfy { ($0["excerpt"] as? String)?.isEmpty == false && $0["title"] is String })
    }

    @Test func showsOneArticle() {
        let (status, json, _) = SeedAPI.get("/api/articles/003_0caa95451c496c82")
        #expect(status == 200)
        let body = json.object
        #expect(body["title"] as? String == "غارة أميركية تستهدف عناصر القاعدة في ليبيا")
        #expect((body["paragraphs"] as? [String])?.count == 18)
        #expect(body["text"] is String)
        #expect(body["entities"] is [Any])
        #expect(body["events"] is [Any])
    }

    @Test func unknownArticleIs404Problem() {
        let (status, json, response) = SeedAPI.get("/api/articles/nope")
        #expect(status == 404)
        #expect(response.headerFields[.contentType] == MediaType.problemJSON)
        #expect(json.object["status"] as? Int == 404)
        #expect((json.object["detail"] as? String)?.contains("nope") == true)
    }

    @Test(arguments: ["limit=0", "limit=1001", "limit=abc", "offset=-1", "offset=x", "limit="])
    func badPaginationIs400NamingTheParameter(query: String) {
        let (status, json, _) = SeedAPI.get("/api/articles?" + query)
        #expect(status == 400)
        let name = String(query.split(separator: "=").first!)
        #expect(json.object["parameter"] as? String == name)
        #expect((json.object["title"] as? String)?.contains(name) == true)
    }

    @Test func wrongMethodIs405WithAllow() {
        let (status, _, response) = SeedAPI.get("/api/articles/000_fb78c02459ae3a97", method: .patch)
        #expect(status == 405)
        #expect(response.headerFields[.allow]?.contains("GET") == true)
    }

    @Test func healthAndOpenAPI() throws {
        #expect(SeedAPI.get("/healthz").json.object["status"] as? String == "ok")
        let spec = SeedAPI.get("/openapi.json")
        #expect(spec.status == 200)
        let paths = try #require(spec.json.object["paths"] as? [String: Any])
        for path in ["/api/articles", "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/timeline", "/api/search"] {
            #expect(paths[path] != nil, "OpenAPI lacks \(path)")
        }
        #expect(spec.json.object["openapi"] as? String == "3.1.0")
    }
}

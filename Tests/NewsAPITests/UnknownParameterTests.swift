import Foundation
import Testing
@testable import NewsAPI

/// Query parameters a route does not define get 400 naming them; every documented one still works.
@Suite struct UnknownParameterTests {
    static let unknownType = "/problems/unknown-parameter"

    @Test(arguments: ["/api/articles", "/api/articles/001_x", "/api/entities", "/api/entities/x",
                      "/api/timeline", "/api/search?q=a", "/api/graph", "/api/entities/x/articles"])
    func unknownParameterIsRefusedByName(_ target: String) {
        let joiner = target.contains("?") ? "&" : "?"
        let result = SeedAPI.get(target + joiner + "shuffle=1")
        #expect(result.status == 400)
        #expect(result.json.object["type"] as? String == Self.unknownType)
        #expect(result.json.object["parameter"] as? String == "shuffle")
    }

    @Test func everyUnknownNameIsListedOnce() {
        let result = SeedAPI.get("/api/articles?foo=1&limit=2&bar&foo=3")
        #expect(result.status == 400)
        #expect(result.json.object["parameter"] as? String == "foo, bar")
        #expect((result.json.object["detail"] as? String)?.contains("limit, offset") == true)
    }

    @Test func knownParametersAndUnknownPathsAreUnchanged() {
        #expect(SeedAPI.get("/api/articles?limit=2&offset=1").status == 200)
        #expect(SeedAPI.get("/api/nowhere?sort=x").status == 404)
        #expect(SeedAPI.get("/healthz?probe=1").status == 200)
    }

    /// Every query parameter `/openapi.json` documents for a GET under /api is accepted by its route
    /// (the value may still be refused, but never as unknown).
    @Test func everyDocumentedParameterIsAccepted() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        let shared = ((document["components"] as? [String: Any])?["parameters"] as? [String: Any]) ?? [:]
        var checked = 0
        for (path, item) in paths where path.hasPrefix("/api/") {
            guard let get = (item as? [String: Any])?["get"] as? [String: Any] else { continue }
            var names: [String] = []
            for case let parameter as [String: Any] in (get["parameters"] as? [Any]) ?? [] {
                var resolved = parameter
                if let ref = parameter["$ref"] as? String, let key = ref.split(separator: "/").last {
                    resolved = (shared[String(key)] as? [String: Any]) ?? [:]
                }
                if resolved["in"] as? String == "query", let name = resolved["name"] as? String { names.append(name) }
            }
            let query = names.map { "\($0)=\(Self.sample($0))" }.joined(separator: "&")
            let target = path.replacingOccurrences(of: "{id}", with: "x") + (query.isEmpty ? "" : "?" + query)
            let result = SeedAPI.get(target)
            #expect(result.json.object["type"] as? String != Self.unknownType, "\(target): \(result.json.object)")
            checked += 1
        }
        #expect(checked >= 6)
    }

    static func sample(_ name: String) -> String {
        switch name {
        case "limit": "1"
        case "offset": "0"
        case "from", "to": "2015"
        case "type": "person"
        default: "a"
        }
    }
}

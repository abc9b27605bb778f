import Foundation
import Testing

@Suite struct TimelineAPITests {
    @Test(arguments: ["from=2012-13", "to=yesterday", "from=2015&to=2012", "from=12"])
    func badDatesAre400(query: String) {
        let (status, json, _) = SeedAPI.get("/api/timeline?" + query)
        #expect(status == 400)
        #expect(["from", "to"].contains(json.object["parameter"] as? String ?? ""))
    }

    @Test func unknownEntityOrArticleIs400() {
        #expect(SeedAPI.get("/api/timeline?entity=nobody").status == 400)
        #expect(SeedAPI.get("/api/timeline?article=nothing").status == 400)
    }

    @Test func listIsAnEnvelope() {
        let (status, json, _) = SeedAPI.get("/api/timeline?limit=1000")
        #expect(status == 200)
        #expect(json.object["items"] is [Any])
        #expect(json.object["total"] is Int)
    }
}

@Suite struct EntitiesAPITests {
    @Test func badTypeIs400() {
        let (status, json, _) = SeedAPI.get("/api/entities?type=planet")
        #expect(status == 400)
        #expect(json.object["parameter"] as? String == "type")
    }

    /// The contract's `?q=`: a name or alias after normalisation (hamza forms, taa marbuta,
    /// diacritics), and as part of a longer name.
    @Test(arguments: ["اسماعيل", "إسماعيل", "إِسْمَاعِيل", "الصلابي"])
    func queryMatchesNamesAfterNormalisation(q: String) {
        let encoded = q.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
        let items = SeedAPI.get("/api/entities?type=person&limit=100&q=" + encoded).json.object["items"] as? [[String: Any]] ?? []
        #expect(items.contains { ($0["name"] as? String) == "إسماعيل الصلابي" })
    }

    @Test func queryForAnUnknownNameFindsNothing() {
        let items = SeedAPI.get("/api/entities?q=%D8%B2%D9%8A%D8%AF%D8%A7%D9%86").json.object["items"] as? [Any]
        #expect(items?.isEmpty == true)
    }

    @Test func unknownEntityIs404() {
        #expect(SeedAPI.get("/api/entities/nobody").status == 404)
    }
}

@Suite struct SearchAPITests {
    @Test(arguments: ["/api/search", "/api/search?q=", "/api/search?q=%20%20"])
    func emptyQueryIs400(target: String) {
        let (status, json, _) = SeedAPI.get(target)
        #expect(status == 400)
        #expect(json.object["parameter"] as? String == "q")
    }
}

import Foundation
import Testing

/// `GET /api/entities/{id}?mentionArticles=K` (issue 23: the entity page's response over 500 KB
/// on 31k articles): only the mentions and ids of the entity's first K articles, counts whole.
@Suite struct EntityDetailSizeTests {
    @Test func mentionArticlesLimitsTheMentionsAndIdsButNotTheCounts() throws {
        let items = try #require(SeedAPI.get("/api/entities?limit=50").json.object["items"] as? [[String: Any]])
        let busy = try #require(items.first { ($0["articleCount"] as? Int ?? 0) >= 2 })
        let id = try #require(busy["id"] as? String)
        let whole = SeedAPI.get("/api/entities/\(id)").json.object
        let one = SeedAPI.get("/api/entities/\(id)?mentionArticles=1").json.object
        let wholeIds = try #require(whole["articleIds"] as? [String])
        #expect(one["articleIds"] as? [String] == Array(wholeIds.prefix(1)))
        let mentions = try #require(one["mentions"] as? [[String: Any]])
        #expect(!mentions.isEmpty && mentions.allSatisfy { $0["articleId"] as? String == wholeIds[0] })
        #expect(mentions.count < (whole["mentions"] as? [Any])?.count ?? 0)
        #expect(one["mentionCount"] as? Int == whole["mentionCount"] as? Int)
        #expect(one["articleCount"] as? Int == whole["articleCount"] as? Int)
        #expect((SeedAPI.get("/api/entities/\(id)?mentionArticles=0").json.object["mentions"] as? [Any])?.isEmpty == true)
        #expect(SeedAPI.get("/api/entities/\(id)?mentionArticles=-1").status == 400)
        #expect(SeedAPI.get("/api/entities/\(id)?mentionArticles=many").status == 400)
    }
}

import Foundation
import Testing
import NewsCorpus

/// Entity lists carry counts, not article ids; the ids are paged under
/// `/api/entities/{id}/articles`; any `limit`/`offset` of the unfiltered list agrees with the
/// pre-built first pages. Over a synthetic corpus whose popular entities are in every article.
struct EntityPagesTests {
    static let router = SyntheticNews.router(SyntheticNews.corpus(count: 3000))

    @Test func aListPageIsSmallAndHasNoArticleIds() throws {
        let page = SyntheticNews.get(Self.router, "/api/entities?limit=20")
        #expect(page.status == 200)
        // With article ids this page was ~200 KB (3000 ids for each popular entity).
        #expect(page.bytes < 50_000, "\(page.bytes) bytes")
        let items = try #require(page.json["items"] as? [[String: Any]])
        #expect(items.count == 20)
        #expect(items.allSatisfy { $0["articleIds"] == nil && $0["articleCount"] is Int && $0["mentionCount"] is Int })
        let big = SyntheticNews.get(Self.router, "/api/entities?limit=1000")
        #expect(big.status == 200 && big.bytes < 1_000_000, "\(big.bytes) bytes")
    }

    @Test func anyPageAgreesWithTheFirstPages() throws {
        func ids(_ target: String) -> [String] {
            (SyntheticNews.get(Self.router, target).json["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        let all = ids("/api/entities?limit=1000")
        #expect(all.count == 102)  // 5 popular, 97 rare
        #expect(ids("/api/entities?limit=20") == Array(all.prefix(20)))
        #expect(ids("/api/entities?limit=50") == Array(all.prefix(50)))
        #expect(ids("/api/entities?limit=60") == Array(all.prefix(60)))
        #expect(ids("/api/entities?limit=7&offset=45") == Array(all[45..<52]))
        #expect(ids("/api/entities?offset=100") == Array(all[100...]))
        #expect(SyntheticNews.get(Self.router, "/api/entities?limit=1000").json["total"] as? Int == 102)
    }

    @Test func articleIdsArePagedUnderTheEntity() throws {
        let top = try #require((SyntheticNews.get(Self.router, "/api/entities?limit=1").json["items"] as? [[String: Any]])?.first)
        let id = try #require(top["id"] as? String)
        let detail = SyntheticNews.get(Self.router, "/api/entities/\(id)")
        let expected = try #require(detail.json["articleIds"] as? [String])  // kept on the single entity
        #expect(expected.count == top["articleCount"] as? Int)
        var seen: [String] = []
        var offset = 0
        while true {
            let page = SyntheticNews.get(Self.router, "/api/entities/\(id)/articles?limit=250&offset=\(offset)")
            #expect(page.status == 200 && page.bytes < 50_000)
            #expect(page.json["total"] as? Int == expected.count)
            let items = try #require(page.json["items"] as? [[String: Any]])
            if items.isEmpty { break }
            #expect(items.allSatisfy { ($0["mentionCount"] as? Int ?? 0) >= 1 && $0["title"] is String })
            seen += items.compactMap { $0["id"] as? String }
            offset += 250
        }
        #expect(seen == expected)
        #expect(SyntheticNews.get(Self.router, "/api/entities/per-0/articles").status == 404)
        #expect(SyntheticNews.get(Self.router, "/api/entities/\(id)/articles?limit=0").status == 400)
        #expect(SyntheticNews.get(Self.router, "/api/entities/\(id)/articles?type=person").status == 400)
    }

    @Test func theSeedListHasNoArticleIdsButTheDetailDoes() throws {
        let list = SeedAPI.get("/api/entities?limit=5").json.object
        let first = try #require((list["items"] as? [[String: Any]])?.first)
        #expect(first["articleIds"] == nil)
        let id = try #require(first["id"] as? String)
        #expect(SeedAPI.get("/api/entities/\(id)").json.object["articleIds"] is [String])
    }
}

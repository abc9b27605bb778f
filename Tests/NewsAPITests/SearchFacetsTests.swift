import Foundation
import Testing

/// Search facets are exact over every hit (a bucket's count is the total the search narrowed
/// to it finds, when no coarser date overlaps it), and `sort=date` orders every hit newest first.
struct SearchFacetsTests {
    static let router = SyntheticNews.router(SyntheticNews.corpus(count: 1500))
    typealias JSON = [String: Any]
    static let word = "الميزانية".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!

    func search(_ query: String) -> (status: Int, json: JSON, bytes: Int) {
        SyntheticNews.get(Self.router, "/api/search?q=\(Self.word)&\(query)")
    }

    @Test func entityFacetsCountEveryHit() throws {
        let all = search("limit=5")
        #expect(all.json["total"] as? Int == 1500)  // far past the 200 best that facets once counted
        let facets = try #require(all.json["facets"] as? JSON)
        #expect(facets["exact"] as? Bool == true)
        let entities = try #require(facets["entities"] as? [JSON])
        #expect(entities.count == 10)
        for facet in entities {
            let narrowed = search("entity=\(facet["id"] as! String)&limit=1")
            #expect(narrowed.json["total"] as? Int == facet["count"] as? Int, "\(facet["name"] ?? "")")
        }
        #expect(entities.first?["count"] as? Int == 1500 * 2 / 5)  // a popular entity: two articles in five
    }

    @Test func dateFacetsCountEveryHit() throws {
        let all = search("limit=1")
        let dates = try #require((all.json["facets"] as? JSON)?["dates"] as? JSON)
        let byPublication = try #require(dates["published"] as? JSON), byEvent = try #require(dates["events"] as? JSON)
        #expect(byPublication["granularity"] as? String == "month")  // published in 2014–2015
        #expect(byEvent["granularity"] as? String == "year")  // events in 2000–2015
        let published = try #require(byPublication["buckets"] as? [JSON])
        let events = try #require(byEvent["buckets"] as? [JSON])
        #expect(events.count == 16)
        #expect(published.count == 24)
        #expect(published.map { $0["count"] as? Int ?? 0 }.reduce(0, +) == 1500 - 150)  // one in ten undated
        for (field, buckets) in [("published", published), ("event", events)] {
            for bucket in buckets {
                let date = try #require(bucket["date"] as? String)
                let narrowed = search("from=\(date)&to=\(date)&dateField=\(field)&limit=1")
                #expect(narrowed.json["total"] as? Int == bucket["count"] as? Int, "\(field) \(date)")
            }
        }
        #expect(!events.isEmpty)
    }

    @Test func sortByDateOrdersEveryHitNewestFirst() throws {
        var dates: [String] = [], ids: Set<String> = [], undatedSeen = false
        var offset = 0
        while offset < 1500 {
            let page = search("sort=date&limit=200&offset=\(offset)")
            #expect(page.json["sort"] as? String == "date")
            for hit in page.json["items"] as? [JSON] ?? [] {
                ids.insert(hit["id"] as! String)
                #expect((hit["score"] as? Double ?? 0) > 0)
                if let d = hit["published"] as? String {
                    #expect(!undatedSeen, "undated hits come last")
                    dates.append(d)
                } else { undatedSeen = true }
            }
            offset += 200
        }
        #expect(ids.count == 1500)
        #expect(dates == dates.sorted(by: >))
        #expect(dates.first?.hasPrefix("2015") == true)
        // The same hits as by relevance, with the same scores.
        let relevance = search("limit=3").json["items"] as? [JSON] ?? []
        let id = relevance.first?["id"] as? String
        let byDate = (0..<8).flatMap { search("sort=date&limit=200&offset=\($0 * 200)").json["items"] as? [JSON] ?? [] }
        let same = byDate.first { $0["id"] as? String == id }
        #expect(same?["score"] as? Double == relevance.first?["score"] as? Double)
    }

    /// Over the seeds (decades, years and days mixed): a bucket never counts more hits than
    /// narrowing to it finds, and a decade does not fill a histogram by month.
    @Test func seedDateFacetsAreBoundedByTheirNarrowedTotals() throws {
        let q = "ليبيا".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let body = SeedAPI.get("/api/search?q=\(q)&limit=1").json.object
        let dates = try #require((body["facets"] as? JSON)?["dates"] as? JSON)
        for (field, key) in [("published", "published"), ("event", "events")] {
            let buckets = try #require((dates[key] as? JSON)?["buckets"] as? [JSON])
            #expect(buckets.count < 60, "\(key): \(buckets.count) buckets")
            for bucket in buckets {
                let date = bucket["date"] as! String
                let narrowed = SeedAPI.get("/api/search?q=\(q)&from=\(date)&to=\(date)&dateField=\(field)&limit=1").json.object
                #expect((narrowed["total"] as? Int ?? 0) >= bucket["count"] as? Int ?? 0, "\(field) \(date)")
            }
        }
    }

    @Test(arguments: ["sort=newest", "dateField=both", "from=2015-02-30x", "sort="])
    func badInputIs400(_ query: String) {
        #expect(search(query).status == 400)
    }
}

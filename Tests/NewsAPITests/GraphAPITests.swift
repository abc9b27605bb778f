import Foundation
import Testing
import NewsCorpus

/// `/api/graph`: one response with the top nodes and the sentences each pair shares, as
/// `CooccurrenceGraph` defines them; filters and bad input.
struct GraphAPITests {
    static let corpus = SyntheticNews.corpus(count: 600)
    static let router = SyntheticNews.router(corpus)

    typealias JSON = [String: Any]

    /// Checks what every graph body must hold; returns (nodes, edges).
    func invariants(_ target: String, limit: Int) throws -> ([JSON], [JSON]) {
        let body = SyntheticNews.get(Self.router, target)
        #expect(body.status == 200, "\(target)")
        let nodes = try #require(body.json["nodes"] as? [JSON]), edges = try #require(body.json["edges"] as? [JSON])
        #expect(nodes.count <= limit)
        let ids = nodes.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == nodes.count, "nodes are distinct")
        let counts = nodes.compactMap { $0["mentionCount"] as? Int }
        #expect(counts == counts.sorted(by: >), "most mentioned first")
        var pairs = Set<[String]>(), degree: [String: Int] = [:]
        for edge in edges {
            let s = try #require(edge["source"] as? String), t = try #require(edge["target"] as? String)
            #expect(ids.contains(s) && ids.contains(t) && s != t)
            #expect(pairs.insert([s, t].sorted()).inserted, "one edge a pair")
            #expect((edge["weight"] as? Int ?? 0) >= 1)
            degree[s, default: 0] += 1; degree[t, default: 0] += 1
        }
        let weights = edges.compactMap { $0["weight"] as? Int }
        #expect(weights == weights.sorted(by: >), "heaviest first")
        for node in nodes { #expect(node["degree"] as? Int == degree[node["id"] as! String] ?? 0) }
        return (nodes, edges)
    }

    @Test func nodesAndEdgesHoldTogether() throws {
        let (nodes, edges) = try invariants("/api/graph?limit=8", limit: 8)
        #expect(nodes.count == 8 && !edges.isEmpty)
        // The weights are the `related` counts of the entity detail.
        let first = try #require(edges.first)
        let detail = SyntheticNews.get(Self.router, "/api/entities/\(first["source"] as! String)").json
        let related = (detail["related"] as? [JSON] ?? []).first { $0["id"] as? String == first["target"] as? String }
        #expect(related?["count"] as? Int == first["weight"] as? Int)
        _ = try invariants("/api/graph", limit: 40)
        let persons = try invariants("/api/graph?type=person&limit=5", limit: 5).0
        #expect(!persons.isEmpty && persons.allSatisfy { $0["type"] as? String == "person" })
        let named = try invariants("/api/graph?q=\("فهد".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", limit: 40).0
        #expect(!named.isEmpty && named.allSatisfy { ($0["name"] as? String ?? "").hasPrefix("فهد") })
    }

    @Test func anAddedEntityJoinsTheTop() throws {
        let rare = try #require(Self.corpus.entities.first { $0.name == "فهد رقم50" })
        let (nodes, _) = try invariants("/api/graph?limit=3&entity=\(rare.id)", limit: 4)
        #expect(nodes.count == 4 && nodes.last?["id"] as? String == rare.id)
    }

    /// The sentence counts recomputed over a set of articles agree with `related` when the set
    /// is every article, and a date range counts only its articles.
    @Test func restrictedCountsAgreeWithTheWholeCorpus() throws {
        let whole = CooccurrenceGraph(corpus: Self.corpus, limit: 30)
        let everyArticle = CooccurrenceGraph(corpus: Self.corpus, limit: 30, articles: { _ in true })
        #expect(whole.nodes == everyArticle.nodes && whole.edges == everyArticle.edges)
        let (nodes, edges) = try invariants("/api/graph?from=2014&to=2014", limit: 40)
        let inRange = Self.corpus.articles.filter { $0.published?.year == 2014 }.count
        let most: Int = nodes.map { $0["articleCount"] as? Int ?? 0 }.max() ?? 0
        #expect(most > 0 && most <= inRange)
        let all = try invariants("/api/graph?limit=40", limit: 40)
        func total(_ edges: [JSON]) -> Int { edges.map { $0["weight"] as? Int ?? 0 }.reduce(0, +) }
        #expect(total(edges) > 0 && total(edges) < total(all.1))
        let none = try invariants("/api/graph?from=1990&to=1991", limit: 40)
        #expect(none.0.isEmpty && none.1.isEmpty)
    }

    @Test(arguments: ["limit=0", "limit=201", "limit=x", "type=thing", "from=2015-13", "from=2016&to=2015",
                      "entity=per-nope", "q=%20", "sort=date"])
    func badInputIs400(_ query: String) {
        #expect(SyntheticNews.get(Self.router, "/api/graph?\(query)").status == 400)
    }
}

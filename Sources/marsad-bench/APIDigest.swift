import ArabicText
import HTTPCore
import NewsAPI
import NewsCorpus

/// A refactoring check: answers every read route of the API over the seeds plus a synthetic
/// corpus (every article, every entity, every timeline page and filter) and prints one FNV-1a
/// digest per route family, so that two builds can be compared for byte-identical output.
struct APIDigest {
    let generator: SyntheticCorpus
    let seeds: String

    func run(size: Int) throws -> [String] {
        let loaded = try CorpusLoader.load(directory: seeds)
        let synthetic = generator.generate(count: size).map { Article(id: $0.id, cleaned: ArticleCleaner.clean($0.text)) }
        let snapshot = Snapshot(corpus: Corpus(articles: loaded.articles + synthetic))
        let router = try NewsService(store: SnapshotStore(snapshot)).router()
        let corpus = snapshot.corpus
        func get(_ path: String, _ query: [(String, String)] = []) -> [UInt8] {
            let request = Request(method: .get, target: path, path: path,
                                  query: QueryParameters(query.map { .init(name: $0.0, value: $0.1) }))
            let response = router.respond(to: request)
            return Array(String(response.status.code).utf8) + response.body
        }
        func percent(_ id: String) -> String {
            id.utf8.map { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
                    ? String(UnicodeScalar(b)) : "%" + String(b, radix: 16, uppercase: true)
            }.joined()
        }
        var families: [(String, [[UInt8]])] = []
        families.append(("article-detail", corpus.articles.map { get("/api/articles/" + percent($0.id)) }))
        families.append(("article-list", stride(from: 0, to: corpus.articles.count, by: 100).map {
            get("/api/articles", [("limit", "100"), ("offset", String($0))])
        }))
        families.append(("entity-detail", corpus.entities.map { get("/api/entities/" + percent($0.id)) }))
        var entityLists = [get("/api/entities"), get("/api/entities", [("limit", "50")])]
        for offset in stride(from: 0, to: corpus.entities.count, by: 100) {
            entityLists.append(get("/api/entities", [("limit", "100"), ("offset", String(offset))]))
        }
        for type in EntityType.allCases { entityLists.append(get("/api/entities", [("type", type.rawValue), ("limit", "100")])) }
        for q in ["بنغازي", "محمد", "الأمم"] { entityLists.append(get("/api/entities", [("q", q)])) }
        families.append(("entity-list", entityLists))
        var timelinePages = [get("/api/timeline"), get("/api/timeline", [("limit", "50")])]
        for offset in stride(from: 0, to: corpus.events.count, by: 100) {
            timelinePages.append(get("/api/timeline", [("limit", "100"), ("offset", String(offset))]))
        }
        timelinePages.append(get("/api/timeline", [("from", "2000"), ("to", "2010-06"), ("limit", "100")]))
        families.append(("timeline-pages", timelinePages))
        families.append(("timeline-article", corpus.articles.map { get("/api/timeline", [("article", $0.id), ("limit", "100")]) }))
        families.append(("timeline-entity", corpus.entities.prefix(300).map { get("/api/timeline", [("entity", $0.id), ("limit", "100")]) }))
        var searches = ["بنغازي", "الأمم المتحدة", "\"وزير الخارجية\""].map { get("/api/search", [("q", $0)]) }
        for entity in corpus.entities.prefix(20) { searches.append(get("/api/search", [("q", "في"), ("entity", entity.id)])) }
        families.append(("search", searches))
        var filtered: [[UInt8]] = []
        for q in ["الحكومة", "الهجوم", "\"الأمم المتحدة\"", "ليبيا -بنغازي", "سرت OR درنة", "السفير الأميركي"] {
            for (from, to) in [("2011", "2015"), ("2012-09", "2014-03-15"), ("1990", "1999"), ("2013", ""), ("", "2012-06")] {
                var parameters = [("q", q), ("limit", "50")]
                if !from.isEmpty { parameters.append(("from", from)) }
                if !to.isEmpty { parameters.append(("to", to)) }
                filtered.append(get("/api/search", parameters))
                filtered.append(get("/api/search", parameters + [("offset", "180")]))
            }
            for entity in corpus.entities.prefix(5) { filtered.append(get("/api/search", [("q", q), ("entity", entity.id), ("from", "2012")])) }
            filtered.append(get("/api/search", [("q", q), ("limit", "1000")]))
        }
        families.append(("search-filtered", filtered))
        return families.map { name, bodies in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for body in bodies {
                for byte in body { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                hash = (hash ^ 0xFF) &* 0x100_0000_01b3
            }
            return "\(name) \(bodies.count) \(bodies.reduce(0) { $0 + $1.count }) \(String(hash, radix: 16))"
        }
    }
}

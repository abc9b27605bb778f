import HTTPCore
import NewsCorpus
import SearchIndex

/// `GET /api/search?q=`: Arabic-aware full-text search with `entity`, `from`, `to` filters and
/// entity facets of the hits.
struct SearchController {
    let store: SnapshotStore
    /// How many of the best hits the entity facets are counted over.
    static let facetDepth = 200
    /// The query parameters `search` understands (as in `/openapi.json`); others get 400.
    static let parameters: Set<String> = ["q", "entity", "from", "to", "limit", "offset"]

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/api/search") { request in try search(request) }
    }

    func search(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.parameters)
        let page = try Pagination(query: request.query)
        guard let text = request.query["q"] else {
            throw HTTPError.badParameter("q", "q (the search query) is required.")
        }
        let query: SearchQuery
        do {
            query = try SearchQuery(parsing: text)
        } catch {
            throw HTTPError.badParameter("q", QueryErrorText.describe(error))
        }
        let range = try DateRange(query: request.query)
        let snapshot = store.snapshot
        let corpus = snapshot.corpus

        // Each filter is a set of articles (a bit each): the entity's, and those with an event in
        // the date range, gathered by year from tables built once per snapshot.
        var within: DocumentSet?
        if let id = request.query["entity"] {
            guard let entity = corpus.entityPosition(id: id) else {
                throw HTTPError.badParameter("entity", "There is no entity with id '\(id)'.")
            }
            var articles = DocumentSet(capacity: corpus.articles.count)
            for a in corpus.entities[entity].articles { articles.insert(Int(a)) }
            within = articles
        }
        if !range.isEmpty {
            let dated = snapshot.searchDates.articles(in: range, articleCount: corpus.articles.count)
            if within == nil { within = dated } else { within!.formIntersection(dated) }
        }

        let results = snapshot.index.search(query, within: within, where: nil, limit: page.limit,
                                            offset: page.offset, depth: Self.facetDepth)
        return .json(page.envelope(total: results.total, writeItems: { w in
            for hit in results.hits {
                w.beginObject()
                w.key("id"); w.string(hit.id)
                w.key("title"); w.string(corpus.articles[hit.document].title)
                w.key("score"); w.double(hit.score)
                w.key("snippets")
                w.beginArray()
                for snippet in hit.snippets {
                    w.beginObject()
                    w.key("text"); w.string(snippet.text)
                    w.key("highlights")
                    w.beginArray()
                    for h in snippet.highlights { w.pair(h.start, h.end) }
                    w.endArray()
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
        }, extra: { w in
            w.key("query"); w.string(text)
            w.key("suggestion"); w.string(results.suggestion)
            w.key("facets")
            w.beginObject()
            w.key("entities")
            w.beginArray()
            for (e, count) in facets(results.matchingDocuments, corpus) {
                let entity = corpus.entities[e]
                w.beginObject()
                w.key("id"); w.string(entity.id)
                w.key("name"); w.string(entity.name)
                w.key("type"); w.string(entity.type.rawValue)
                w.key("count"); w.int(count)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }))
    }

    /// The entities most often found among the best hits: (entity position, hit count), by
    /// count then position. Counts go in an array indexed by entity (a memset, then one add per
    /// mention), not a dictionary, and only the entities seen are ranked.
    func facets(_ documents: [Int], _ corpus: Corpus) -> [(Int, Int)] {
        var counts = [Int32](repeating: 0, count: corpus.entities.count)
        var seen: [Int] = []
        for d in documents.prefix(Self.facetDepth) {
            for stored in corpus.articleEntities[d] {
                let e = Int(stored)
                if counts[e] == 0 { seen.append(e) }
                counts[e] += 1
            }
        }
        var best: [(Int, Int)] = []
        for e in seen {
            let count = Int(counts[e])
            if best.count == 10, let last = best.last, (last.1, -last.0) >= (count, -e) { continue }
            let at = best.firstIndex { ($0.1, -$0.0) < (count, -e) } ?? best.count
            best.insert((e, count), at: at)
            if best.count > 10 { best.removeLast() }
        }
        return best
    }
}

/// Words for query errors.
enum QueryErrorText {
    static func describe(_ error: any Error) -> String {
        if case .invalid(let why)? = error as? QueryError {
            return "q is not a valid query: \(why)"
        }
        if case .empty? = error as? QueryError {
            return "q must contain at least one word to search for."
        }
        return "q is not a valid query."
    }
}

import HTTPCore
import NewsCorpus
import SearchIndex

/// `GET /api/search?q=`: Arabic-aware full-text search with `entity`, `from`, `to` filters
/// (`dateField`: the events' dates or the publication date), ordered by relevance or by date
/// (`sort`), with entity and date facets counted over every hit.
struct SearchController {
    let store: SnapshotStore
    /// How many of the best hits are ranked (the depth of the pruned ranking).
    static let rankingDepth = 200
    /// The query parameters `search` understands (as in `/openapi.json`); others get 400.
    static let parameters: Set<String> = ["q", "entity", "from", "to", "dateField", "sort", "limit", "offset"]

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
        let byDate = try Self.choice("sort", request.query["sort"], ["relevance", "date"]) == "date"
        let byPublication = try Self.choice("dateField", request.query["dateField"], ["event", "published"]) == "published"
        let snapshot = store.snapshot
        let corpus = snapshot.corpus

        // Each filter is a set of articles (a bit each): the entity's, and those with an event in
        // the date range, gathered by year from tables built once per snapshot.
        var within: DocumentSet?
        if let id = request.query["entity"] { within = try corpus.articleSet(ofEntity: id) }
        if !range.isEmpty {
            let dated = byPublication ? snapshot.publishedDates.articles(in: range)
                : snapshot.searchDates.articles(in: range, articleCount: corpus.articles.count)
            if within == nil { within = dated } else { within!.formIntersection(dated) }
        }

        let published = snapshot.publishedDates
        let order: ((Int) -> Int)? = byDate ? { published.sortKey($0) } : nil
        let results = snapshot.index.search(query, within: within, where: nil, limit: page.limit,
                                            offset: page.offset, depth: Self.rankingDepth,
                                            orderedBy: order)
        let facets = SearchFacets(hits: results.matches, corpus: corpus, dates: snapshot.searchDates,
                                  publication: published)
        return .json(page.envelope(total: results.total, writeItems: { w in
            for hit in results.hits {
                let article = corpus.articles[hit.document]
                w.beginObject()
                w.key("id"); w.string(hit.id)
                w.key("title"); w.string(article.title)
                w.key("published"); w.string(article.published?.description)
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
            w.key("sort"); w.string(byDate ? "date" : "relevance")
            w.key("suggestion"); w.string(results.suggestion)
            w.key("facets")
            w.beginObject()
            w.key("exact"); w.bool(true)
            w.key("entities")
            w.beginArray()
            for (e, count) in facets.entities {
                let entity = corpus.entities[e]
                w.beginObject()
                w.key("id"); w.string(entity.id)
                w.key("name"); w.string(entity.name)
                w.key("type"); w.string(entity.type.rawValue)
                if entity.isLocal { w.key("local"); w.bool(true) }
                w.key("count"); w.int(count)
                w.endObject()
            }
            w.endArray()
            facets.writeDates(into: &w)
            w.endObject()
        }))
    }

    /// The value of an optional enumerated parameter (the first of `values` when absent).
    static func choice(_ name: String, _ text: String?, _ values: [String]) throws(HTTPError) -> String {
        guard let text else { return values[0] }
        guard values.contains(text) else {
            throw HTTPError.badParameter(name, "\(name) must be \(values.joined(separator: " or ")); got '\(text)'.")
        }
        return text
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

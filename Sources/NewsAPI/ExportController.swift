import ArabicText
import HTTPCore
import HTTPTypes
import NewsCorpus
import SearchIndex

/// Downloads for use elsewhere, for the whole corpus or the list endpoints' filters, each with
/// `Content-Disposition: attachment`: entities and mentions as CSV (`/api/export/entities.csv`,
/// `/api/export/mentions.csv`), the timeline as CSV, the entity graph as GraphML and GEXF, and
/// the articles with their analysis as JSON Lines. CSV is UTF-8 with a byte order mark.
/// Corrections are applied (hidden entities are absent), as everywhere else.
///
/// Every body is streamed (`ExportStream`): the handler checks the filters and picks the rows
/// (positions only) from the snapshot current when the request arrived; the rows are written a
/// few hundred at a time while the body is sent, from that same snapshot, so a write that
/// lands meanwhile does not change a download half-way.
struct ExportController {
    let store: SnapshotStore

    static let entityParameters: Set<String> = ["type", "q", "article", "entity"]
    static let timelineParameters: Set<String> = ["article", "entity", "from", "to"]
    static let graphParameters: Set<String> = ["limit", "type"]
    static let articleParameters: Set<String> = ["q", "entity", "from", "to"]

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/api/export/entities.csv") { request in try entities(request) }
        try router.get("/api/export/mentions.csv") { request in try mentions(request) }
        try router.get("/api/export/timeline.csv") { request in try timeline(request) }
        try router.get("/api/export/graph.graphml") { request in try graph(request, gexf: false) }
        try router.get("/api/export/graph.gexf") { request in try graph(request, gexf: true) }
        try router.get("/api/export/articles.jsonl") { request in try articles(request) }
    }

    /// One row an entity: `id, name, type, aliases` (` | ` between them), counts.
    func entities(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.entityParameters)
        let corpus = store.snapshot.corpus
        let filter = try EntityFilter(query: request.query, corpus: corpus)
        let matches = filter.matches
        let csv = ExportStream.body(prefix: CSVWriter.start(header: ["id", "name", "type", "aliases", "mentionCount", "articleCount"]),
                                    rows: { matches }) { e, out in
            let entity = corpus.entities[e]
            CSVWriter.append([entity.id, entity.name, entity.type.rawValue, entity.distinctAliases.joined(separator: " | "),
                              String(entity.mentionCount), String(entity.articleCount)], to: &out)
        }
        return Self.download(csv, type: "text/csv; charset=utf-8", name: "marsad-entities.csv")
    }

    /// One row a mention of the filtered entities: the entity, the article, the scalar offsets
    /// in the article's text, the words, and the role seen beside it.
    func mentions(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.entityParameters)
        let corpus = store.snapshot.corpus
        let filter = try EntityFilter(query: request.query, corpus: corpus)
        let article = request.query["article"].flatMap(corpus.articlePosition(id:))
        let matches = filter.matches
        // The cursor: each matching entity in turn, then each of its mentions.
        let rows = { @Sendable in
            matches.lazy.flatMap { e in
                let entity = corpus.entities[e]
                return (article.map { entity.mentions(inArticle: $0) } ?? entity.mentions[...]).lazy.map { (entity, $0) }
            }
        }
        let csv = ExportStream.body(prefix: CSVWriter.start(header: ["entityId", "entityName", "entityType", "articleId",
                                                                     "start", "end", "text", "role"]),
                                    rows: rows) { row, out in
            let (entity, m) = row
            CSVWriter.append([entity.id, entity.name, entity.type.rawValue, corpus.articles[m.article].id,
                              String(m.start), String(m.end), entity.text(of: m), entity.role(of: m) ?? ""], to: &out)
        }
        return Self.download(csv, type: "text/csv; charset=utf-8", name: "marsad-mentions.csv")
    }

    /// Events whose sentences are read together, each article's text decoded once a block
    /// (events come in date order, so an article's events are apart but rarely far apart).
    static let timelineBlock = 16_384

    /// One row an event, oldest first, as `GET /api/timeline` lists them.
    func timeline(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.timelineParameters)
        let corpus = store.snapshot.corpus
        let filter = try EventFilter(query: request.query, corpus: corpus)
        let matches = filter.matches
        let csv = ExportStream.body(prefix: CSVWriter.start(header: ["date", "precision", "calendar", "articleId", "articleTitle",
                                                                     "expression", "text", "start", "end", "entityIds", "entityNames"]),
                                    rows: { ExportStream.blocks(of: matches, size: Self.timelineBlock) { block in
                                        zip(block, corpus.sentencesAndExpressions(of: block)).map { ($0, $1.sentence, $1.expression) }
                                    } }) { row, out in
            let (i, sentence, expression) = row
            let event = corpus.events[i]
            let entities = corpus.entities(of: event).map { corpus.entities[Int($0)] }
            CSVWriter.append([event.date.description, event.date.precision.rawValue, corpus.calendar(of: event) == .hijri ? "hijri" : "gregorian",
                              corpus.articleId(of: event), corpus.articles[event.article].title, expression,
                              sentence, String(event.start), String(event.end),
                              entities.map(\.id).joined(separator: " | "), entities.map(\.name).joined(separator: " | ")], to: &out)
        }
        return Self.download(csv, type: "text/csv; charset=utf-8", name: "marsad-timeline.csv")
    }

    /// The graph `/api/graph` serves (`CooccurrenceGraph`): `limit` nodes (default 40, at most
    /// 1000), of `type`.
    /// The graph exports' default and largest number of nodes.
    static let graphDefaultLimit = 40
    static let graphMaxLimit = 1000

    func graph(_ request: Request, gexf: Bool) throws -> Response {
        try request.query.requireOnly(Self.graphParameters)
        var limit = Self.graphDefaultLimit
        if let text = request.query["limit"] {
            guard let value = Int(text), (1...Self.graphMaxLimit).contains(value) else {
                throw HTTPError.badParameter("limit", "limit must be a whole number from 1 to \(Self.graphMaxLimit); got '\(text)'.")
            }
            limit = value
        }
        var types: Set<EntityType>?
        if let text = request.query["type"] {
            guard let type = EntityType(rawValue: text) else {
                throw HTTPError.badParameter("type", "type must be person, organization or location; got '\(text)'.")
            }
            types = [type]
        }
        let corpus = store.snapshot.corpus
        let graph = CooccurrenceGraph(corpus: corpus, limit: limit,
                                      entities: types.map { types in { types.contains(corpus.entities[$0].type) } })
        return gexf
            ? Self.download(GraphExport.gexf(graph, in: corpus), type: "application/gexf+xml; charset=utf-8", name: "marsad-graph.gexf")
            : Self.download(GraphExport.graphML(graph, in: corpus), type: "application/graphml+xml; charset=utf-8", name: "marsad-graph.graphml")
    }

    /// One line an article: its `GET /api/articles/{id}` body (text, paragraphs, entities,
    /// events). With `q`, the matching articles best first; otherwise in corpus order.
    func articles(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.articleParameters)
        let snapshot = store.snapshot
        let corpus = snapshot.corpus
        let range = try DateRange(query: request.query)
        var within: DocumentSet?
        if let id = request.query["entity"] { within = try corpus.articleSet(ofEntity: id) }
        if !range.isEmpty {
            let dated = snapshot.searchDates.articles(in: range, articleCount: corpus.articles.count)
            if within == nil { within = dated } else { within!.formIntersection(dated) }
        }
        let positions: [Int]
        if let text = request.query["q"] {
            let query: SearchQuery
            do { query = try SearchQuery(parsing: text) } catch { throw HTTPError.badParameter("q", QueryErrorText.describe(error)) }
            positions = snapshot.index.search(query, within: within, where: nil, limit: 0, offset: 0,
                                              depth: corpus.articles.count).matchingDocuments
        } else {
            positions = corpus.articles.indices.filter { within?.contains($0) ?? true }
        }
        let lines = ExportStream.body(prefix: [], rows: { positions }) { p, out in
            out += snapshot.articleBody(at: p)
            out.append(0x0A)
        }
        return Self.download(lines, type: "application/x-ndjson; charset=utf-8", name: "marsad-articles.jsonl")
    }

    /// A streamed attachment named `name`.
    static func download(_ body: BodyStream, type: String, name: String) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = type
        fields[HTTPField.Name("Content-Disposition")!] = "attachment; filename=\"\(name)\""
        return .streamed(body, headerFields: fields)
    }
}

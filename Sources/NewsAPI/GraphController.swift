import ArabicText
import Foundation
import HTTPCore
import NewsCorpus

/// `GET /api/graph`: the entity co-occurrence network (`CooccurrenceGraph`) in one response —
/// the `limit` most mentioned entities with their counts, and the sentences each pair shares.
/// Filters: `type` and `q` (as `/api/entities`) choose the entities; `from`/`to` count only
/// articles published in that range; `entity` adds that entity when it is not among the top.
struct GraphController {
    let store: SnapshotStore
    static let parameters: Set<String> = ["limit", "type", "q", "from", "to", "entity"]
    static let defaultLimit = 40
    /// At most this many nodes (their edges grow with its square).
    static let maximumLimit = 200

    func addRoutes(to router: inout RouterBuilder) throws {
        try router.get("/api/graph") { request in try graph(request) }
    }

    func graph(_ request: Request) throws -> Response {
        let query = request.query
        try query.requireOnly(Self.parameters)
        var limit = Self.defaultLimit
        if let text = query["limit"] {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw HTTPError.badParameter("limit", "limit must be a whole number from 1 to \(Self.maximumLimit); got '\(text)'.")
            }
            limit = value
        }
        let snapshot = store.snapshot
        let corpus = snapshot.corpus
        var type: EntityType?
        if let text = query["type"] {
            guard let t = EntityType(rawValue: text) else {
                throw HTTPError.badParameter("type", "type must be person, organization or location; got '\(text)'.")
            }
            type = t
        }
        var filter: NameFilter?
        if let q = query["q"] {
            let needle = ArabicNormalizer.normalize(q).trimmingCharacters(in: .whitespaces)
            if needle.isEmpty, !q.isEmpty { throw HTTPError.badParameter("q", "q must contain a letter or digit.") }
            filter = needle.isEmpty ? nil : NameFilter(needle)
        }
        var required: [Int] = []
        if let id = query["entity"] {
            guard let e = corpus.entityPosition(id: id) else {
                throw HTTPError.badParameter("entity", "There is no entity with id '\(id)'.")
            }
            required.append(e)
        }
        let range = try DateRange(query: query)
        let published = snapshot.publishedDates
        let include: ((Int) -> Bool)? = type == nil && filter == nil ? nil : { e in
            let entity = corpus.entities[e]
            if let type, entity.type != type { return false }
            if let filter { return filter.matches(entity) }
            return true
        }
        let graph = CooccurrenceGraph(corpus: corpus, limit: limit, entities: include,
                                      articles: range.isEmpty ? nil : { published.isPublished($0, in: range) },
                                      including: required)
        return .json(Self.body(graph, in: corpus))
    }

    /// `{"nodes": [{id, name, type, mentionCount, articleCount, degree}], "edges": [{source, target, weight}]}`,
    /// edges naming their nodes by entity id.
    static func body(_ graph: CooccurrenceGraph, in corpus: Corpus) -> [UInt8] {
        var degree = [Int](repeating: 0, count: graph.nodes.count)
        for e in graph.edges { degree[e.source] += 1; degree[e.target] += 1 }
        var w = JSONWriter(capacity: 8192)
        w.beginObject()
        w.key("nodes")
        w.beginArray()
        for (i, node) in graph.nodes.enumerated() {
            let entity = corpus.entities[node.entity]
            w.beginObject()
            w.key("id"); w.string(entity.id)
            w.key("name"); w.string(entity.name)
            w.key("type"); w.string(entity.type.rawValue)
            w.key("mentionCount"); w.int(node.mentionCount)
            w.key("articleCount"); w.int(node.articleCount)
            w.key("degree"); w.int(degree[i])
            w.endObject()
        }
        w.endArray()
        w.key("edges")
        w.beginArray()
        for edge in graph.edges {
            w.beginObject()
            w.key("source"); w.string(corpus.entities[graph.nodes[edge.source].entity].id)
            w.key("target"); w.string(corpus.entities[graph.nodes[edge.target].entity].id)
            w.key("weight"); w.int(edge.weight)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }
}

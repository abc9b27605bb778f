import ArabicText

/// The entity co-occurrence graph as the UI draws it and the exports write it: the `limit` most
/// mentioned entities (of `types`, when given; ranked by mentions, then articles, then name),
/// linked where they share sentences, each node keeping its `edgesPerNode` strongest links (so a
/// dense corpus still gives a readable picture). One definition for every consumer.
public struct EntityGraph: Sendable {
    /// One link: two entity positions (`a` ranked before `b`) and how many sentences they share.
    public struct Edge: Sendable, Hashable {
        public let a: Int
        public let b: Int
        public let count: Int
    }

    /// The default and the largest number of nodes.
    public static let defaultLimit = 40
    public static let maxLimit = 1000
    /// Links kept per node: its strongest.
    public static let defaultEdgesPerNode = 4

    /// Entity positions, most mentioned first.
    public let nodes: [Int]
    /// Strongest first, then by the ranks of `a` and `b`.
    public let edges: [Edge]

    public init(corpus: Corpus, limit: Int = EntityGraph.defaultLimit, types: Set<EntityType>? = nil,
                edgesPerNode: Int = EntityGraph.defaultEdgesPerNode) {
        let candidates = corpus.entities.indices.filter { types?.contains(corpus.entities[$0].type) ?? true }
        let ranked = candidates.sorted { a, b in
            let x = corpus.entities[a], y = corpus.entities[b]
            if x.mentionCount != y.mentionCount { return x.mentionCount > y.mentionCount }
            if x.articleCount != y.articleCount { return x.articleCount > y.articleCount }
            if x.name != y.name { return x.name < y.name }
            return a < b
        }
        nodes = Array(ranked.prefix(max(0, limit)))
        var rank: [Int: Int] = [:]
        for (r, node) in nodes.enumerated() { rank[node] = r }
        var all: [Edge] = []
        for a in nodes {
            for r in corpus.related[a] where r.entity != a {
                guard let other = rank[r.entity], rank[a]! < other else { continue }
                all.append(Edge(a: a, b: r.entity, count: r.count))
            }
        }
        // Strongest first; ties by the nodes' ranks, so that any client can redo it from the ranking.
        all.sort { ($0.count, -rank[$0.a]!, -rank[$0.b]!) > ($1.count, -rank[$1.a]!, -rank[$1.b]!) }
        // Walking the edges strongest first, each node takes its first `edgesPerNode`.
        var taken: [Int: Int] = [:]
        var kept = [Bool](repeating: false, count: all.count)
        for (i, edge) in all.enumerated() {
            for end in [edge.a, edge.b] where taken[end, default: 0] < edgesPerNode {
                taken[end, default: 0] += 1
                kept[i] = true
            }
        }
        edges = all.indices.filter { kept[$0] }.map { all[$0] }
    }
}

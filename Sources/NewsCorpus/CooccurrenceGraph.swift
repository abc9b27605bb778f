/// The entity co-occurrence network, defined once for the API's `/api/graph` and the exports:
/// the nodes are the most mentioned entities (most mentions, then most articles, then name),
/// and an edge joins two of them with the number of sentences that mention both (its weight),
/// as `Corpus.related` counts them. Restricted to some articles, both the counts and the
/// weights are those of these articles alone.
public struct CooccurrenceGraph: Sendable {
    /// An entity of the graph, with its counts (over the articles considered).
    public struct Node: Sendable, Hashable {
        /// The entity's position in `Corpus.entities`.
        public let entity: Int
        public let mentionCount: Int
        public let articleCount: Int
    }

    /// Two nodes (positions in `nodes`, `source < target`) and how many sentences share them.
    public struct Edge: Sendable, Hashable {
        public let source: Int
        public let target: Int
        public let weight: Int
    }

    /// The nodes, most mentioned first.
    public let nodes: [Node]
    /// Every edge among the nodes, heaviest first (then by source, target).
    public let edges: [Edge]

    /// The graph of the `limit` most mentioned entities that `entities` accepts (all when nil),
    /// counted over the articles that `articles` accepts (all when nil); the entities of
    /// `including` are added when missing and mentioned at all. `limit` nil keeps every entity.
    public init(corpus: Corpus, limit: Int?, entities include: ((Int) -> Bool)? = nil,
                articles filter: ((Int) -> Bool)? = nil, including required: [Int] = []) {
        // The article filter asked once an article, then read per mention from an array.
        let kept: [Bool]? = filter.map { f in corpus.articles.indices.map(f) }
        let allowed: ((Int) -> Bool)? = kept.map { kept in { kept[$0] } }
        // Counts per candidate entity, then the best `limit` by a bounded insertion.
        func counts(_ e: Int) -> Node? {
            let entity = corpus.entities[e]
            guard let allowed else {
                return Node(entity: e, mentionCount: entity.mentionCount, articleCount: entity.articleCount)
            }
            var mentions = 0, articles = 0, last = -1
            for m in entity.mentions where allowed(m.article) {
                mentions += 1
                if m.article != last { articles += 1; last = m.article }
            }
            return mentions == 0 ? nil : Node(entity: e, mentionCount: mentions, articleCount: articles)
        }
        func better(_ a: Node, _ b: Node) -> Bool {
            if a.mentionCount != b.mentionCount { return a.mentionCount > b.mentionCount }
            if a.articleCount != b.articleCount { return a.articleCount > b.articleCount }
            let x = corpus.entities[a.entity].name, y = corpus.entities[b.entity].name
            return x != y ? x < y : a.entity < b.entity
        }
        let capacity = max(0, limit ?? corpus.entities.count)
        var best: [Node] = []
        for e in corpus.entities.indices where include?(e) ?? true {
            guard capacity > 0, let node = counts(e) else { continue }
            if best.count == capacity, !better(node, best[best.count - 1]) { continue }
            var lo = 0, hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if better(best[mid], node) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(node, at: lo)
            if best.count > capacity { best.removeLast() }
        }
        for e in required where corpus.entities.indices.contains(e) && !best.contains(where: { $0.entity == e }) {
            if let node = counts(e) { best.append(node) }
        }
        nodes = best
        edges = Self.edges(of: best.map(\.entity), in: corpus, articles: allowed)
    }

    /// The edges among `entities` (positions), heaviest first; restricted to some articles, by
    /// merging the nodes' sentence lists pairwise up to `mergeLimit` nodes, by sentence beyond.
    static func edges(of entities: [Int], in corpus: Corpus, articles allowed: ((Int) -> Bool)?,
                      mergeLimit: Int = 400) -> [Edge] {
        var edges: [Edge] = []
        if let allowed {
            let sentences = entities.map { sentenceKeys(of: $0, in: corpus, articles: allowed) }
            if entities.count <= mergeLimit {
                // A pair's weight is the size of the intersection of two sorted lists (a merge).
                for i in sentences.indices {
                    for j in sentences.indices where j > i {
                        let a = sentences[i], b = sentences[j]
                        var x = 0, y = 0, shared = 0
                        while x < a.count, y < b.count {
                            if a[x] < b[y] { x += 1 } else if a[x] > b[y] { y += 1 } else { shared += 1; x += 1; y += 1 }
                        }
                        if shared > 0 { edges.append(Edge(source: i, target: j, weight: shared)) }
                    }
                }
            } else {
                // Too many pairs to merge: the nodes of each sentence, then their pairs.
                var members: [Int64: [Int]] = [:]
                for (i, keys) in sentences.enumerated() { for key in keys { members[key, default: []].append(i) } }
                var weights: [Int: Int] = [:]
                let n = entities.count
                for list in members.values where list.count > 1 {
                    for x in list.indices { for y in list.indices where y > x { weights[list[x] * n + list[y], default: 0] += 1 } }
                }
                edges = weights.map { Edge(source: $0.key / n, target: $0.key % n, weight: $0.value) }
            }
        } else {
            var node = [Int32](repeating: -1, count: corpus.entities.count)
            for (i, e) in entities.enumerated() { node[e] = Int32(i) }
            for (i, e) in entities.enumerated() {
                for r in corpus.related(of: e) {
                    let j = Int(node[r.entity])
                    if j > i { edges.append(Edge(source: i, target: j, weight: r.count)) }
                }
            }
        }
        return edges.sorted { ($0.weight, -$0.source, -$0.target) > ($1.weight, -$1.source, -$1.target) }
    }

    /// The sentences (article << 32 | sentence number) that mention entity `e` in the articles
    /// kept, ascending and distinct (mentions come by article, then in text order).
    static func sentenceKeys(of e: Int, in corpus: Corpus, articles allowed: (Int) -> Bool) -> [Int64] {
        var keys: [Int64] = []
        for m in corpus.entities[e].mentions where allowed(m.article) {
            guard let s = SentenceLookup.sentence(containing: m.start, in: corpus.articles[m.article].sentences)
            else { continue }
            let key = Int64(m.article) << 32 | Int64(s)
            if keys.last != key { keys.append(key) }
        }
        return keys
    }
}

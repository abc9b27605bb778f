import HTTPCore
import NewsAPI
import NewsCorpus

/// A loop for profilers (`perf`, `valgrind --tool=callgrind`): loads the seed folder, then
/// answers `GET /api/search?q=` (or another API path) through the router `count` times.
struct SearchLoop {
    let folder: String
    var bodyBudget = Snapshot.encodedBodyBudget

    func run(count: Int, path: String, query: [(String, String)]) throws -> Double {
        let loaded = try CorpusLoader.load(directory: folder)
        let router = try NewsService(store: SnapshotStore(Snapshot(corpus: Corpus(articles: loaded.articles), bodyBudget: bodyBudget))).router()
        let request = Request(method: .get, target: path, path: path,
                              query: QueryParameters(query.map { .init(name: $0.0, value: $0.1) }))
        let start = CPUTime.thread()
        var bytes = 0
        for _ in 0..<count { bytes &+= router.respond(to: request).body.count }
        precondition(bytes > 0)
        return (CPUTime.thread() - start) / Double(max(1, count))
    }
}

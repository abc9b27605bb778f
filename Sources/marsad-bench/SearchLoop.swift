import Foundation
import HTTPCore
import NewsAPI
import NewsCorpus

/// A loop for profilers (`perf`, `valgrind --tool=callgrind`): loads the seed folder (or
/// `syntheticArticles` generated from it), then answers `GET /api/search?q=` (or another API
/// path) through the router `count` times. A parameter `entity=top` names the most mentioned entity.
struct SearchLoop {
    let folder: String
    var bodyBudget = Snapshot.encodedBodyBudget
    var syntheticArticles: Int?

    func run(count: Int, path: String, query: [(String, String)]) throws -> Double {
        let articles: [Article]
        if let size = syntheticArticles {
            var stream = try SyntheticCorpus(seedFolder: folder).stream()
            articles = stream.next(size).map { Article(id: $0.id, cleaned: ArticleCleaner.clean($0.text)) }
        } else {
            articles = try CorpusLoader.load(directory: folder).articles
        }
        let corpus = Corpus(articles: articles)
        let router = try NewsService(store: SnapshotStore(Snapshot(corpus: corpus, bodyBudget: bodyBudget))).router()
        let top = corpus.entities.max { $0.mentionCount < $1.mentionCount }?.id ?? ""
        let request = Request(method: .get, target: path, path: path,
                              query: QueryParameters(query.map { .init(name: $0.0, value: $0 == ("entity", "top") ? top : $0.1) }))
        FileHandle.standardError.write(Data("marsad-bench: looping \(path) \(query)\n".utf8))
        return try RequestThread.run {
            let start = CPUTime.thread()
            var bytes = 0
            for _ in 0..<count { bytes &+= router.respond(to: request).body.count }
            precondition(bytes > 0)
            return (CPUTime.thread() - start) / Double(max(1, count))
        }
    }
}

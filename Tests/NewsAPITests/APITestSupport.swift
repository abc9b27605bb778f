import Foundation
import HTTPCore
import HTTPTypes
import NewsAPI
import NewsCorpus

/// A router over the seed corpus, built once for the API tests (router-only tier: no sockets).
enum SeedAPI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let store: SnapshotStore = {
        let loaded = try! CorpusLoader.load(directory: root.appendingPathComponent("seeds").path)
        return SnapshotStore(Snapshot(corpus: Corpus(articles: loaded.articles)))
    }()
    static let router: Router = try! NewsService(store: store).router()

    /// Sends a GET for `target` (path and query, already percent-encoded where needed); a streamed
    /// body is collected into `body`.
    static func get(_ target: String, method: HTTPRequest.Method = .get) -> (status: Int, json: Any?, response: Response) {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        var items: [QueryParameters.Item] = []
        if parts.count == 2 {
            for pair in parts[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                items.append(.init(name: kv[0], value: kv.count > 1 ? kv[1] : ""))
            }
        }
        let path = parts[0].removingPercentEncoding ?? parts[0]
        var response = router.respond(to: Request(method: method, target: target, path: path, query: QueryParameters(items)))
        // A streamed body (the exports) is collected here; `stream` stays set for tests to see.
        if response.stream != nil { response.body = response.collectedBody }
        let json = try? JSONSerialization.jsonObject(with: Data(response.body))
        return (Int(response.status.code), json, response)
    }
}

extension Optional where Wrapped == Any {
    /// The value as a JSON object, or an empty one.
    var object: [String: Any] { (self as? [String: Any]) ?? [:] }
}

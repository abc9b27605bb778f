import Foundation
import NewsAPI
import NewsCorpus
import SearchIndex

/// `--write-cost FILE.jsonl[.gz] [--write-articles N]`: loads the first N articles of a real
/// corpus as one journal replay, then times one more article's write, part by part, in CPU
/// seconds of the process: applying the change to the corpus (analysis and tables), and the
/// snapshot built in full (the old write) or beside the previous one (`Snapshot(corpus:previous:)`);
/// then one search on the whole index and on a base with a segment. Output is figures only.
struct WriteCostRun {
    let path: String
    let articles: Int

    func run() throws -> [String] {
        var changes: [ArticleChange] = []
        var spare: [SubmittedArticle] = []
        for line in try JSONLines.lines(of: path) {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let text = object["text"] as? String, !text.isEmpty else { continue }
            let submitted = SubmittedArticle(id: "w-" + id, title: object["title"] as? String, text: text,
                                             published: (object["published"] as? String).map { String($0.prefix(10)) })
            if changes.count < articles { changes.append(.upsert(submitted)) } else { spare.append(submitted) }
            if spare.count == 5 { break }
        }
        var out: [String] = []
        func time<T>(_ label: String, _ body: () -> T) -> T {
            let cpu = CPUTime.process(), wall = Date()
            let result = body()
            out.append(String(format: "%@: %.3f s CPU, %.3f s wall", label, CPUTime.process() - cpu, Date().timeIntervalSince(wall)))
            return result
        }
        let count = changes.count
        let corpus = time("load \(count) articles (one replay)") { Corpus(articles: []).applying(changes) }
        out.append(String(format: "kept for appending (keys, person merges, event words): ~%.1f MiB; resident after load: %.0f MiB",
                          Double(corpus.appendStateBytes) / 1_048_576, Double(ProcessMemory.current().resident) / 1_048_576))
        let snapshot = time("snapshot in full") { Snapshot(corpus: corpus) }
        var previous = snapshot
        for (n, submitted) in spare.enumerated() {
            let w = "write \(n + 1)"
            let current = previous.corpus
            let (dated, analyses) = time("\(w): analysis of the article") { ArticleAnalysis.datingAndAnalyzing([submitted.article()]) }
            let appended = time("\(w): tables, new (appending: entities, related, timeline updated)") {
                current.appending(dated, analyses: analyses)
            }
            let full = time("\(w): tables, old (analyses read back + Corpus(articles:analyses:))") {
                Corpus(articles: current.articles + dated, analyses: current.analyses + analyses)
            }
            if let appended {
                let difference = CorpusDigest(appended).difference(from: CorpusDigest(full))
                out.append("\(w): incremental tables equal the full build: \(difference.map { "no, " + $0 } ?? "yes")")
            } else {
                out.append("\(w): incremental path declined (a merge decision changed): full build")
            }
            let next = time("\(w): corpus.applying (analysis + tables, as a POST does)") { current.applying([.upsert(submitted)]) }
            _ = time("\(w): old snapshot (full)") { Snapshot(corpus: next, bodyBudget: 0) }
            previous = time("\(w): new snapshot (segment)") { Snapshot(corpus: next, previous: previous) }
        }
        let query = try SearchQuery(parsing: "وزير الداخلية")
        let merged = previous.merged()
        for (label, s) in [("whole index", merged), ("base + segment", previous)] {
            _ = s.index.search(query)
            let cpu = CPUTime.process()
            for _ in 0..<20 { _ = s.index.search(query) }
            out.append(String(format: "search «وزير الداخلية» on the %@: %.2f ms CPU", label, (CPUTime.process() - cpu) / 20 * 1000))
        }
        return out
    }
}

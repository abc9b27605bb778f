import ArabicText
import Foundation
import NewsCorpus
import SearchIndex

/// `--real FILE.jsonl[.gz]`: indexes a real corpus (the SaudiNewsNet bench: one JSON object a
/// line with `id`, `title`, `text`, `published`), then for each analyst query of `queries`
/// (`query<TAB>from<TAB>to`, dates `YYYY-MM-DD` on `published`, either may be empty) prints its
/// total and top 10 (title and first snippet) for judging, and times every query in process.
/// Output is for reading only: the corpus must never be committed, nor its text.
struct RealCorpusRun {
    let corpus: String
    let queries: String
    var rounds = 30

    struct Query {
        var text: String, from: String?, to: String?
    }

    func run() throws {
        let clock = ContinuousClock()
        var published: [String] = []
        var documents: [IndexedDocument] = []
        let loadTime = try clock.measure {
            for line in try JSONLines.lines(of: corpus) {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let id = object["id"] as? String, let text = object["text"] as? String else { continue }
                let title = object["title"] as? String
                let article = Article(id: id, cleaned: ArticleCleaner.clean(text), metadata: ArticleMetadata(title: title))
                documents.append(IndexedDocument(id: article.id, title: article.title, text: article.text))
                published.append(object["published"] as? String ?? "")
            }
        }
        // The analyser's lexicon is shared by every index of the process: measured apart.
        let beforeLexicon = HeapUsage.inUse()
        let lexiconTime = clock.measure { _ = StemLexicon.shared.count }
        let lexiconBytes = HeapUsage.inUse() - beforeLexicon
        print(String(format: "stem lexicon: %.1f MiB, loaded in %.3f s", Double(lexiconBytes) / 1_048_576, lexiconTime.milliseconds / 1000))
        let before = HeapUsage.inUse()
        var index: InvertedIndex?
        let buildTime = clock.measure { index = InvertedIndex(documents: documents) }
        let indexBytes = HeapUsage.inUse() - before
        let stats = index!.statistics
        print(String(format: "corpus: %d articles (load+clean %.1f s); index built in %.2f s, heap %.1f MiB; posting store %.1f MiB (%d keys, %d postings, %d positions)",
                     documents.count, loadTime.milliseconds / 1000, buildTime.milliseconds / 1000,
                     Double(indexBytes) / 1_048_576, Double(stats.postingBytes) / 1_048_576, stats.keys, stats.postings, stats.positions))
        let list = try parseQueries()
        var sample = LatencySample()
        for (n, q) in list.enumerated() {
            let query = try SearchQuery(parsing: q.text)
            let allowed = filter(q, published)
            let results = index!.search(query, where: allowed, limit: 10)
            print("\n## \(n + 1). \(q.text)  [\(q.from ?? "")…\(q.to ?? "")]  total=\(results.total)")
            for (rank, hit) in results.hits.enumerated() {
                let snippet = hit.snippets.first.map { s in Self.marked(s.text, s.highlights.map { ($0.start, $0.end) }) } ?? ""
                print("\(rank + 1). [\(published[hit.document])] \(documents[hit.document].title)\n    \(snippet)")
            }
        }
        for _ in 0..<rounds {
            for q in list {
                let query = try SearchQuery(parsing: q.text)
                let allowed = filter(q, published)
                let t = clock.measure { _ = index!.search(query, where: allowed, limit: 10) }
                sample.add(t)
            }
        }
        print(String(format: "\nlatency over %d searches (%d rounds of %d queries, top 10 with snippets): p50 %.2f ms  p99 %.2f ms  max %.2f ms",
                     sample.values.count, rounds, list.count, sample.percentile(50).milliseconds,
                     sample.percentile(99).milliseconds, sample.percentile(100).milliseconds))
    }

    func filter(_ q: Query, _ published: [String]) -> ((Int) -> Bool)? {
        guard q.from != nil || q.to != nil else { return nil }
        return { i in
            let date = published[i]
            return (q.from.map { date >= $0 } ?? true) && (q.to.map { date <= $0 } ?? true)
        }
    }

    func parseQueries() throws -> [Query] {
        try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            func date(_ i: Int) -> String? { f.count > i && !f[i].isEmpty ? f[i] : nil }
            return Query(text: f[0], from: date(1), to: date(2))
        }
    }

    /// The snippet with its highlights in ⟦ ⟧.
    static func marked(_ text: String, _ ranges: [(Int, Int)]) -> String {
        var scalars = Array(text.unicodeScalars).map { String($0) }
        for (start, end) in ranges.reversed() where end <= scalars.count {
            scalars.insert("⟧", at: end)
            scalars.insert("⟦", at: start)
        }
        return scalars.joined()
    }

}

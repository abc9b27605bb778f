import Foundation
import NewsCorpus

/// `--real-news FILE`: builds the corpus of a JSON-lines news file (gzip allowed; the
/// SaudiNewsNet layout: `id`, `title`, `text`, `published`, `source`, `url`) and prints the
/// size distribution of the timeline's event groups, counted in articles, and optionally a
/// seeded random sample of groups of two or more articles with their sentences, for reading.
/// The sample goes to standard output only: real articles are never written to the project.
struct RealNewsGroups {
    let path: String
    let sample: Int
    let seed: UInt64

    private struct Record: Decodable {
        var id: String
        var title: String?
        var text: String?
        var published: String?
        var source: String?
        var url: String?
    }

    func run() throws -> [String] {
        let clock = ContinuousClock()
        var articles: [Article] = []
        let load = try clock.measure { articles = try loadArticles() }
        var corpus: Corpus?
        let build = clock.measure { corpus = Corpus(articles: articles) }
        let c = corpus!
        var groups: [Int: (date: String, articles: Set<Int>, events: [Int])] = [:]
        for (i, e) in c.events.enumerated() {
            groups[e.group, default: (e.date.description, [], [])].articles.insert(e.article)
            groups[e.group]!.events.append(i)
        }
        var lines = [String(format: "%d articles, %d events, %d groups; load %.1f s, corpus %.1f s",
                            articles.count, c.events.count, groups.count, load.seconds, build.seconds)]
        let buckets: [(String, ClosedRange<Int>)] = [("1", 1...1), ("2", 2...2), ("3-4", 3...4), ("5-9", 5...9),
                                                     ("10-19", 10...19), ("20-29", 20...29), ("30+", 30...Int.max)]
        let sizes = groups.values.map(\.articles.count)
        lines.append("group size (articles): " + buckets.map { name, range in
            "\(name): \(sizes.filter { range.contains($0) }.count)"
        }.joined(separator: ", ") + "; largest \(sizes.max() ?? 0)")
        let multi = groups.filter { $0.value.articles.count > 1 }.keys.sorted()
        var rng = SplitMix64(seed: seed)
        var chosen = multi
        chosen.shuffle(using: &rng)
        for (n, g) in chosen.prefix(sample).enumerated() {
            let group = groups[g]!
            lines.append("== sample \(n + 1): group \(g), date \(group.date), \(group.articles.count) articles")
            for i in group.events {
                let e = c.events[i]
                let a = c.articles[e.article]
                let names = c.entities(of: e).map { c.entities[Int($0)].name }.joined(separator: "، ")
                lines.append("  [\(a.id) \(a.source ?? "-")] «\(c.expression(of: e))» {\(names)} \(String(c.text(of: e).prefix(300)))")
            }
        }
        return lines
    }

    private func loadArticles() throws -> [Article] {
        let decoder = JSONDecoder()
        var out: [Article] = []
        for line in try JSONLines.lines(of: path) where !line.isEmpty {
            let r = try decoder.decode(Record.self, from: Data(line.utf8))
            guard let text = r.text, !text.isEmpty else { continue }
            let cleaned = ArticleCleaner.clean(text, providedTitle: r.title)
            guard !cleaned.paragraphs.isEmpty else { continue }
            let metadata = ArticleMetadata(title: r.title, published: r.published.flatMap(ISODateParser.parse),
                                           source: r.source, url: r.url)
            out.append(Article(id: r.id, cleaned: cleaned, metadata: metadata))
        }
        return out
    }
}

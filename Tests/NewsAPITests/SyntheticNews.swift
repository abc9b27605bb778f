import ArabicText
import Foundation
import HTTPCore
import HTTPTypes
import NewsAPI
import NewsCorpus

/// A synthetic corpus with its analyses written by hand (no recogniser runs): `count` articles,
/// each a sentence naming two of a few popular entities and one of many rare ones, a dated
/// event in some, a publication date in most. Popular entities are in every article, so a list
/// page that embedded article ids would weigh hundreds of KB.
enum SyntheticNews {
    static let popular = ["سالم الحربي", "وزارة المالية", "الرياض", "خالد العتيبي", "شركة النخيل"]
    static let popularTypes: [EntityType] = [.person, .organization, .location, .person, .organization]

    static func corpus(count: Int) -> Corpus {
        var articles: [Article] = [], analyses: [ArticleAnalysis] = []
        for i in 0..<count {
            let a = popular[i % popular.count], b = popular[(i + 1) % popular.count]
            let rare = "فهد رقم\(i % 97)"
            let year = 2000 + i % 16, month = i % 12 + 1, day = i % 28 + 1
            let dateText = "\(day)/\(month)/\(year)"
            let word = i % 2 == 0 ? "مؤتمر" : "اجتماع"
            let body = "حضر \(a) و\(b) \(word) الميزانية يوم \(dateText). وتحدث \(rare) عن \(a) في الاجتماع."
            let published: TemporalValue? = i % 10 == 9 ? nil
                : TemporalValue(year: 2014 + i % 2, month: (i / 2) % 12 + 1, day: i % 27 + 1, precision: .day)
            let article = Article(id: "synthetic-news-\(i)", cleaned: ArticleCleaner.clean("خبر رقم \(i)\n\n" + body),
                                  metadata: ArticleMetadata(published: published))
            let text = Array(article.text.unicodeScalars)
            var mentions: [EntityMention] = []
            var from = 0
            for (name, type) in [(a, popularTypes[i % popular.count]), (b, popularTypes[(i + 1) % popular.count]),
                                 (rare, EntityType.person), (a, popularTypes[i % popular.count])] {
                let start = find(name, in: text, from: from)!
                mentions.append(EntityMention(type: type, name: name, start: start, end: start + name.unicodeScalars.count))
                from = start + 1
            }
            var dates: [TemporalMention] = []
            if i % 3 == 0 {
                let start = find(dateText, in: text, from: 0)!
                dates.append(TemporalMention(expression: dateText, start: start, end: start + dateText.unicodeScalars.count,
                                             value: TemporalValue(year: year, month: month, day: day, precision: .day),
                                             isRelative: false))
            }
            articles.append(article)
            analyses.append(ArticleAnalysis(entityMentions: mentions, dateMentions: dates))
        }
        return Corpus(articles: articles, analyses: analyses)
    }

    private static func find(_ needle: String, in text: [Unicode.Scalar], from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard n.count <= text.count else { return nil }
        for s in from...(text.count - n.count) where Array(text[s..<(s + n.count)]) == n { return s }
        return nil
    }

    /// A router over `corpus` (router-only tier).
    static func router(_ corpus: Corpus) -> Router {
        try! NewsService(store: SnapshotStore(Snapshot(corpus: corpus))).router()
    }

    /// GETs `target` from `router`: status, decoded JSON, body size.
    static func get(_ router: Router, _ target: String) -> (status: Int, json: [String: Any], bytes: Int) {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        var items: [QueryParameters.Item] = []
        if parts.count == 2 {
            for pair in parts[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                items.append(.init(name: kv[0], value: kv.count > 1 ? kv[1] : ""))
            }
        }
        let path = parts[0].removingPercentEncoding ?? parts[0]
        let response = router.respond(to: Request(method: .get, target: target, path: path, query: QueryParameters(items)))
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        return (Int(response.status.code), json, response.body.count)
    }
}

import Foundation
@testable import NewsAPI
import Testing

/// `GET /api/entities/{id}?mentionArticles=K&context=W`: the entity page's mentions in context
/// from the server, cut by the rule of `contextAround` in `Public/js/text.js`.
@Suite struct MentionContextTests {
    static func around(_ text: String, _ match: String, words: Int) -> MentionContext {
        let scalars = Array(text.unicodeScalars)
        let range = text.range(of: match)!
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return MentionContext(scalars, start: start, end: start + match.unicodeScalars.count, words: words)
    }

    @Test func wordsEitherSideWithEllipsesWhereCut() {
        let c = Self.around("a b c d الرياض e f g h", "الرياض", words: 2)
        #expect(c.before == "… c d ")
        #expect(c.after == " e f …")
        let whole = Self.around("قال  الوزير\tفي الرياض اليوم", "الرياض", words: 7)
        #expect(whole.before == "قال الوزير في ")
        #expect(whole.after == " اليوم")
    }

    @Test func neverAcrossALineBreak() {
        let c = Self.around("سطر أول\nفي جدة أمس\nسطر آخر", "جدة", words: 7)
        #expect(c.before == "في ")
        #expect(c.after == " أمس")
    }

    @Test func theEntityBodyCarriesContextsAndTitles() throws {
        let corpus = SeedAPI.store.snapshot.corpus
        let entity = try #require(corpus.entities.max { $0.articleCount < $1.articleCount })
        let body = SeedAPI.get("/api/entities/\(entity.id)?mentionArticles=2&context=7").json.object
        let articles = try #require(body["articles"] as? [[String: Any]])
        #expect(articles.count == min(2, entity.articleCount))
        for a in articles {
            #expect(a["title"] as? String == corpus.articles.first { $0.id == a["id"] as? String }?.title)
        }
        let mentions = try #require(body["mentions"] as? [[String: Any]])
        #expect(!mentions.isEmpty)
        for m in mentions {
            let before = try #require(m["before"] as? String), after = try #require(m["after"] as? String)
            #expect(!(before + after).isEmpty)
        }
        // Without `context`, the body is as before.
        let plain = SeedAPI.get("/api/entities/\(entity.id)?mentionArticles=2").json.object
        #expect(plain["articles"] == nil)
        #expect((plain["mentions"] as? [[String: Any]])?.first?["before"] == nil)
        #expect(SeedAPI.get("/api/entities/\(entity.id)?context=99").status == 400)
    }
}

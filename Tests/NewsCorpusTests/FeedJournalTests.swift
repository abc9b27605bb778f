import Foundation
import Testing
import NewsCorpus

/// Feed subscriptions in the journal: old journals still load, feed records round-trip and
/// replay to the subscriptions left.
@Suite struct FeedJournalTests {
    func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("marsad-feeds-journal-\(UUID().uuidString)").path
    }

    func line(_ json: String) -> String {
        String(format: "%08x ", CRC32.checksum(Array(json.utf8))) + json + "\n"
    }

    @Test func aJournalWrittenBeforeFeedsStillLoads() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // Records exactly as the journal wrote them before subscriptions existed.
        let old = line(#"{"upsert":{"_0":{"id":"a-1","title":"عنوان","text":"نص.","published":"2020-11-13"}}}"#)
            + line(#"{"delete":{"id":"seed-1"}}"#)
        try Data(old.utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent("journal.log"))
        let (changes, warnings) = try JournalStore(folder: dir).load()
        #expect(warnings.isEmpty)
        #expect(changes == [.upsert(SubmittedArticle(id: "a-1", title: "عنوان", text: "نص.", published: "2020-11-13")),
                            .delete(id: "seed-1")])
        #expect(ArticleChange.feeds(after: changes).isEmpty)
    }

    @Test func subscriptionsRoundTripAndReplay() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = FeedRecord(id: "f-1", url: "https://news.example/rss.xml", intervalMinutes: 30, created: "2026-12-03T09:00:00Z")
        let b = FeedRecord(id: "f-2", url: "https://other.example/atom.xml", intervalMinutes: 60, created: "2026-12-03T09:05:00Z")
        var a2 = a
        a2.intervalMinutes = 15
        let store = try JournalStore(folder: dir)
        for change: ArticleChange in [.feed(a), .feed(b), .upsert(SubmittedArticle(id: "a-9", title: "ت", text: "نص.")),
                                      .feed(a2), .removeFeed(id: "f-2")] {
            try store.append(change)
        }
        let (changes, warnings) = try JournalStore(folder: dir).load()
        #expect(warnings.isEmpty)
        #expect(changes.count == 5)
        #expect(ArticleChange.feeds(after: changes) == [a2])
        #expect(Corpus(articles: []).applying(changes).articles.map(\.id) == ["a-9"])
    }
}

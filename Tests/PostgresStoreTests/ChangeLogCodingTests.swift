import Foundation
import NewsCorpus
@testable import PostgresStore
import Testing

/// The change log keeps each change as its `ArticleChange` JSON: every case, including those
/// added later, round-trips through the batch payload and the rows read back.
@Suite struct ChangeLogCodingTests {
    static let changes: [ArticleChange] = [
        .upsert(SubmittedArticle(id: "a-1", title: "اجتماع في الخرطوم", text: "نص \"مقتبس\"\nوسطر ثانٍ\u{0}.",
                                 published: "2021-03-04", source: "وكالة", url: "https://example.org/a?x=1&y=2")),
        .upsert(SubmittedArticle(id: "a-2", title: nil, text: "بلا عنوان.")),
        .delete(id: "a-1"),
        .feed(FeedRecord(id: "f-1", url: "https://example.org/feed.xml", intervalMinutes: 30, created: "2026-01-01T00:00:00Z")),
        .removeFeed(id: "f-1"),
    ]

    @Test func payloadIsAJSONArrayOfTheChanges() throws {
        let payload = try PostgresArticleStore.payload(Self.changes)
        let elements = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [Any])
        #expect(elements.count == Self.changes.count)
        let decoded = try JSONDecoder().decode([ArticleChange].self, from: Data(payload.utf8))
        #expect(decoded == Self.changes)
    }

    @Test func rowsDecodeInOrderWithTheLastSequenceNumber() throws {
        let rows: [[String?]] = try Self.changes.enumerated().map { i, change in
            [String(i + 1), String(decoding: try JSONEncoder().encode(change), as: UTF8.self)]
        }
        let (decoded, last, warnings) = PostgresArticleStore.decode(rows)
        #expect(decoded == Self.changes)
        #expect(last == Int64(Self.changes.count))
        #expect(warnings.isEmpty)
    }

    /// PostgreSQL may hand back JSON with other spacing (a json column keeps the text as sent,
    /// but an operator's own INSERT may differ); and an unreadable row is skipped with a warning
    /// while its number still counts as seen, so it is not read again and again.
    @Test func unreadableRowsAreSkippedButCounted() {
        let rows: [[String?]] = [
            ["7", #"{ "delete" : { "id" : "x" } }"#],
            ["8", #"{"someFutureCase":{"id":"y"}}"#],
            ["9", nil],
        ]
        let (decoded, last, warnings) = PostgresArticleStore.decode(rows)
        #expect(decoded == [.delete(id: "x")])
        #expect(last == 9)
        #expect(warnings.count == 2)
        #expect(warnings.first?.contains("seq 8") == true)
    }

    /// Rows the follower read before this replica's own write applied them are dropped, the rest
    /// kept in order.
    @Test func rowsAlreadyAppliedAreDropped() {
        let rows: [[String?]] = (5...9).map { [String($0), #"{"delete":{"id":"a-\#($0)"}}"#] }
        #expect(PostgresArticleStore.rows(rows, after: 7).map { $0[0] } == ["8", "9"])
        #expect(PostgresArticleStore.rows(rows, after: 4).count == 5)
        #expect(PostgresArticleStore.rows(rows, after: 9).isEmpty)
    }
}

import Foundation
import NewsCorpus

/// A subscription and what polling it has learnt: the journaled record plus the feed's
/// validators, last outcome and the links already settled (imported, present, or given up).
/// Only the record survives a restart; the rest is rebuilt by the next poll.
struct FeedState: Sendable {
    var record: FeedRecord
    var title: String?
    var etag: String?
    var lastModified: String?
    var lastPolled: Date?
    var nextPoll: Date
    /// `pending` (never polled), `ok`, `notModified` or `error`.
    var lastStatus = "pending"
    var lastError: String?
    /// Entries in the feed at the last successful poll.
    var itemCount = 0
    /// Articles this subscription has added since the server started.
    var articlesAdded = 0
    /// Links not to fetch again in this process.
    var settled: Set<String> = []
    /// Failed attempts per link; a link is settled after `FeedState.maxAttempts`.
    var failures: [String: Int] = [:]

    static let maxAttempts = 3

    init(record: FeedRecord, nextPoll: Date) {
        self.record = record
        self.nextPoll = nextPoll
    }

    /// `GET /api/feeds/{id}`'s body, or one item of the list.
    func write(into w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(record.id)
        w.key("url"); w.string(record.url)
        w.key("intervalMinutes"); w.int(record.intervalMinutes)
        w.key("created"); w.string(record.created)
        w.key("title"); w.string(title)
        w.key("lastPolled"); w.string(lastPolled.map(FeedState.timestamp))
        w.key("nextPoll"); w.string(FeedState.timestamp(nextPoll))
        w.key("lastStatus"); w.string(lastStatus)
        w.key("lastError"); w.string(lastError)
        w.key("itemCount"); w.int(itemCount)
        w.key("articlesAdded"); w.int(articlesAdded)
        w.endObject()
    }

    /// `2026-12-03T09:40:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}

/// What one poll of a feed did.
public struct PollReport: Sendable, Equatable {
    public var feedID: String
    /// `ok`, `notModified` or `error`.
    public var status: String
    /// Entries in the feed document (0 when not modified or failed).
    public var items = 0
    /// Articles added by this poll.
    public var added = 0
    /// Entries whose link was already an article (or settled earlier).
    public var existing = 0
    /// Entries whose page gave no article this time.
    public var failed = 0
    public var error: String?

    public init(feedID: String, status: String, items: Int = 0, added: Int = 0, existing: Int = 0,
                failed: Int = 0, error: String? = nil) {
        self.feedID = feedID
        self.status = status
        self.items = items
        self.added = added
        self.existing = existing
        self.failed = failed
        self.error = error
    }

    /// The JSON body of `POST /api/feeds/{id}/poll`.
    func json() -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("feedId"); w.string(feedID)
        w.key("status"); w.string(status)
        w.key("items"); w.int(items)
        w.key("added"); w.int(added)
        w.key("existing"); w.int(existing)
        w.key("failed"); w.int(failed)
        w.key("error"); w.string(error)
        w.endObject()
        return w.bytes
    }
}

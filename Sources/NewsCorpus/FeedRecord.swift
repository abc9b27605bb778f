/// A feed subscription as the journal keeps it: which feed, how often to poll it.
public struct FeedRecord: Sendable, Equatable, Codable {
    /// `f-` and 16 hex digits.
    public var id: String
    /// The RSS 2.0 or Atom document's absolute http(s) URL.
    public var url: String
    /// Minutes between polls.
    public var intervalMinutes: Int
    /// When the subscription was made (ISO 8601, UTC).
    public var created: String

    public init(id: String, url: String, intervalMinutes: Int, created: String) {
        self.id = id
        self.url = url
        self.intervalMinutes = intervalMinutes
        self.created = created
    }
}

extension ArticleChange {
    /// The subscriptions left after replaying `changes` in order, oldest first.
    public static func feeds(after changes: [ArticleChange]) -> [FeedRecord] {
        var feeds: [FeedRecord] = []
        for change in changes {
            switch change {
            case .feed(let record):
                if let i = feeds.firstIndex(where: { $0.id == record.id }) {
                    feeds[i] = record
                } else {
                    feeds.append(record)
                }
            case .removeFeed(let id):
                feeds.removeAll { $0.id == id }
            case .upsert, .delete, .correction, .undoCorrection:
                continue
            }
        }
        return feeds
    }
}

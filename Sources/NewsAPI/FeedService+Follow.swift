import Foundation
import NewsCorpus

extension FeedService {
    /// Takes in the subscription changes among `changes`, which another replica recorded in a
    /// shared store (or this one, read back): a `feed` adds or updates the subscription with its
    /// id, a `removeFeed` ends it. Both are idempotent, so reading back this replica's own
    /// changes leaves its subscriptions as they are.
    public func follow(_ changes: [ArticleChange]) {
        for change in changes {
            switch change {
            case .feed(let record):
                feeds.withLock { list in
                    if let i = list.firstIndex(where: { $0.record.id == record.id }) {
                        list[i].record = record
                    } else {
                        // The replica that took the subscription polls it at once; here it waits
                        // one interval, so that two replicas do not import the same entries together.
                        let next = Date().addingTimeInterval(Double(record.intervalMinutes) * 60)
                        list.append(FeedState(record: record, nextPoll: next))
                    }
                }
            case .removeFeed(let id):
                feeds.withLock { list in list.removeAll { $0.record.id == id } }
            default:
                continue
            }
        }
    }
}

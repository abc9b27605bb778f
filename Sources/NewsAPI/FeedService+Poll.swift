import Dispatch
import Foundation
import NewsCorpus
import NewsFetch

extension FeedService {
    /// One poll of feed `id` on the poll queue: a conditional GET with the validators of the
    /// last answer, then each entry not yet settled, oldest first, imported through
    /// `PageImporter`. The validators are kept only once every entry has been handled, so an
    /// interrupted poll is repeated in full.
    func pollNow(_ id: String) -> PollReport? {
        dispatchPrecondition(condition: .onQueue(pollQueue))
        guard let state = subscription(id: id), let url = URL(string: state.record.url) else { return nil }
        var report = PollReport(feedID: id, status: "ok")
        let started = Date()
        let request = FetchRequest(url: url, accept: Self.acceptFeed, etag: state.etag, lastModified: state.lastModified)
        let resource: FetchedResource
        do {
            switch try fetcher.fetch(request) {
            case .notModified:
                report.status = "notModified"
                finish(id, report, started: started) { _ in }
                return report
            case .fetched(let fetched):
                resource = fetched
            }
        } catch {
            report.status = "error"
            report.error = error.description
            finish(id, report, started: started) { _ in }
            return report
        }
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(resource.body, url: resource.url)
        } catch {
            report.status = "error"
            report.error = error.description
            finish(id, report, started: started) { _ in }
            return report
        }
        report.items = feed.items.count
        var settled = state.settled
        var failures = state.failures
        for item in feed.items.prefix(Self.maxItemsPerPoll).reversed() {
            guard let link = item.link, let itemURL = URL(string: link) else { continue }
            if settled.contains(link) {
                report.existing += 1
                continue
            }
            do {
                switch try importer.importPage(itemURL, entry: item) {
                case .added: report.added += 1
                case .existing: report.existing += 1
                }
                settled.insert(link)
            } catch {
                report.failed += 1
                failures[link, default: 0] += 1
                if failures[link, default: 0] >= FeedState.maxAttempts { settled.insert(link) }
            }
        }
        finish(id, report, started: started) { s in
            s.title = feed.title ?? s.title
            s.itemCount = feed.items.count
            s.etag = resource.etag
            s.lastModified = resource.lastModified
            s.settled = settled
            s.failures = failures.filter { !settled.contains($0.key) }
        }
        return report
    }

    /// Records the outcome of a poll on the feed's state (if it still exists) and schedules the
    /// next one.
    private func finish(_ id: String, _ report: PollReport, started: Date, update: (inout FeedState) -> Void) {
        feeds.withLock { list in
            guard let i = list.firstIndex(where: { $0.record.id == id }) else { return }
            list[i].lastPolled = started
            list[i].lastStatus = report.status
            list[i].lastError = report.error
            list[i].articlesAdded += report.added
            list[i].nextPoll = started.addingTimeInterval(Double(list[i].record.intervalMinutes) * 60)
            update(&list[i])
        }
    }
}

import HTTPCore
import NewsCorpus

/// Adds fetched articles through the same write path as `POST /api/articles` (journal first,
/// then a new snapshot, under the store's writer lock), unless an article with the same URL is
/// already there: the check runs under that lock, so a feed poll and a fetch of the same link
/// cannot both add it.
struct FetchedArticleWriter: Sendable {
    let store: SnapshotStore
    let journal: any ArticleStore

    /// What `add` did.
    enum Outcome {
        case added(id: String, body: [UInt8])
        case existing(id: String, body: [UInt8])

        var id: String {
            switch self {
            case .added(let id, _), .existing(let id, _): id
            }
        }
    }

    /// The id of an article whose `url` is one of `urls`, in `corpus`.
    static func article(withURL urls: [String], in corpus: Corpus) -> String? {
        let wanted = Set(urls.map(Self.key))
        guard !wanted.isEmpty else { return nil }
        return corpus.articles.first { $0.url.map { wanted.contains(Self.key($0)) } ?? false }?.id
    }

    /// URLs compared without a fragment or surrounding space.
    static func key(_ url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? trimmed
    }

    /// Adds `submitted` unless an article with its URL or one of `aliases` exists.
    func add(_ submitted: SubmittedArticle, aliases: [String] = []) throws -> Outcome {
        try store.update { current in
            let urls = [submitted.url].compactMap { $0 } + aliases
            if let id = Self.article(withURL: urls, in: current.corpus),
               let position = current.corpus.articlePosition(id: id) {
                return (current, .existing(id: id, body: current.articleBody(at: position)))
            }
            let change = ArticleChange.upsert(submitted)
            let applied: [ArticleChange]
            do {
                applied = try journal.record([change])
            } catch {
                throw HTTPError(.serviceUnavailable, detail: "The article could not be stored; nothing was changed.")
            }
            let next = Snapshot(corpus: current.corpus.applying(applied), previous: current)
            let body = next.corpus.articlePosition(id: submitted.id).map { next.articleBody(at: $0) } ?? []
            return (next, .added(id: submitted.id, body: body))
        }
    }
}

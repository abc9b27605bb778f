import HTTPCore
import NewsCorpus

/// Decides what each submitted article does to the corpus, so that importing the same article
/// twice never makes two: an article is the same one when it has the same `id`, or (without an
/// `id`) the same `url` as one already present or earlier in the batch. The same one is left
/// `unchanged` when its title, cleaned text, date, source and URL all match, else `updated`
/// in place (same id). Articles from the corpus folder are never replaced (409).
struct ArticleImport {
    /// What one submission does.
    enum Outcome: Equatable {
        case added(String)
        case updated(String)
        case unchanged(String)

        var id: String {
            switch self {
            case .added(let id), .updated(let id), .unchanged(let id): id
            }
        }
    }

    let corpus: Corpus
    /// The upserts to record and apply, in order.
    private(set) var changes: [ArticleChange] = []
    /// Articles planned in this batch, by id, as they will read (undated, not analysed).
    private(set) var planned: [String: Article] = [:]
    private var plannedURLs: [String: String] = [:]

    init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// Plans `input`; `newID` names an article that matches none present.
    mutating func plan(_ input: ArticleInput, newID: () -> String) throws(HTTPError) -> Outcome {
        let target = input.id ?? input.url.flatMap { url in
            plannedURLs[url] ?? corpus.articlePosition(url: url).map { corpus.articles[$0].id }
        }
        guard let id = target, let existing = planned[id] ?? corpus.article(id: id) else {
            let id = target ?? newID()
            record(input.submission(id: id), article: input.article(id: id))
            return .added(id)
        }
        guard existing.origin == .added else {
            throw HTTPError(.conflict, detail: "Article '\(id)' comes from the corpus folder and cannot be replaced.")
        }
        let candidate = input.article(id: id)
        if Self.sameContent(existing, candidate) { return .unchanged(id) }
        record(input.submission(id: id), article: candidate)
        return .updated(id)
    }

    private mutating func record(_ submission: SubmittedArticle, article: Article) {
        changes.append(.upsert(submission))
        planned[submission.id] = article
        if let url = submission.url { plannedURLs[url] = submission.id }
    }

    /// Whether a stored article reads as `candidate` (a submission not yet analysed). An
    /// estimated date counts as none given.
    static func sameContent(_ stored: Article, _ candidate: Article) -> Bool {
        let storedDate = stored.publishedEstimated ? nil : stored.published
        return stored.title == candidate.title && stored.text == candidate.text && storedDate == candidate.published
            && stored.source == candidate.source && stored.url == candidate.url
    }
}

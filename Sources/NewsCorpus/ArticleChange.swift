import Foundation

/// An article as submitted through the API: what a store keeps to rebuild it.
public struct SubmittedArticle: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var text: String
    /// ISO date: `2020-11-13`, `2020-11` or `2020`.
    public var published: String?
    public var source: String?
    public var url: String?

    public init(id: String, title: String, text: String, published: String? = nil, source: String? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.published = published
        self.source = source
        self.url = url
    }

    /// The article this submission describes (undated unless `published` is given; the corpus
    /// dates it from its content when it is analysed).
    public func article() -> Article {
        let cleaned = ArticleCleaner.clean(text, providedTitle: title)
        let metadata = ArticleMetadata(title: title, published: published.flatMap(ISODateParser.parse),
                                       source: source, url: url)
        return Article(id: id, cleaned: cleaned, metadata: metadata, origin: .added)
    }
}

/// One accepted write, in the order it was accepted.
public enum ArticleChange: Sendable, Equatable, Codable {
    /// Adds an article or replaces an added one.
    case upsert(SubmittedArticle)
    /// Removes an added article, or hides a corpus article.
    case delete(id: String)
}

/// Where accepted writes are kept so that they survive a restart. The data folder's journal
/// implements it; a shared database could replace it for several replicas.
public protocol ArticleStore: Sendable {
    /// Every change recorded so far, in order, and warnings about records that were skipped.
    func load() throws -> (changes: [ArticleChange], warnings: [String])
    /// Records `change` durably; returns only once it would survive a crash.
    func append(_ change: ArticleChange) throws
}

/// Keeps nothing: writes live in memory until the process ends.
public struct VolatileArticleStore: ArticleStore {
    public init() {}
    public func load() throws -> (changes: [ArticleChange], warnings: [String]) { ([], []) }
    public func append(_ change: ArticleChange) throws {}
}

extension Corpus {
    /// The corpus with `changes` applied in order.
    public func applying(_ changes: [ArticleChange]) -> Corpus {
        guard !changes.isEmpty else { return self }
        var articles = self.articles
        var analyses = self.analyses
        var positions: [String: Int] = [:]
        for (i, a) in articles.enumerated() { positions[a.id] = i }
        for change in changes {
            switch change {
            case .upsert(let submitted):
                let (dated, analyzed) = ArticleAnalysis.datingAndAnalyzing([submitted.article()])
                let article = dated[0], analysis = analyzed[0]
                if let i = positions[article.id] {
                    articles[i] = article
                    analyses[i] = analysis
                } else {
                    positions[article.id] = articles.count
                    articles.append(article)
                    analyses.append(analysis)
                }
            case .delete(let id):
                guard let i = positions[id] else { continue }
                articles.remove(at: i)
                analyses.remove(at: i)
                positions = [:]
                for (j, a) in articles.enumerated() { positions[a.id] = j }
            }
        }
        return Corpus(articles: articles, analyses: analyses)
    }
}

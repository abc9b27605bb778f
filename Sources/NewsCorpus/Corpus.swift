import ArabicText

/// An immutable snapshot of the corpus and everything derived from it: articles, entities,
/// their co-occurrences and the timeline. Shared freely across threads; a change builds a new one.
public struct Corpus: Sendable {
    public let articles: [Article]
    /// Per article, what the analysers found (parallel to `articles`).
    public let analyses: [ArticleAnalysis]
    public let entities: [CorpusEntity]
    /// Per entity, the entities it shares sentences with, most shared first.
    public let related: [[RelatedEntity]]
    /// Per article, its entities (positions in `entities`) in order of first mention.
    public let articleEntities: [[Int]]
    /// Per article, per entity mention of its analysis: the entity's position in `entities`.
    public let mentionEntities: [[Int]]
    /// Every dated event, oldest first.
    public let events: [TimelineEvent]
    /// Per article, the positions in `events` of its events, oldest first.
    public let articleEvents: [[Int]]

    private let articlePositions: [String: Int]
    private let entityPositions: [String: Int]

    /// Dates (from content, where no metadata gives a date) and analyses `articles`, and
    /// builds the snapshot.
    public init(articles: [Article]) {
        let (dated, analyses) = ArticleAnalysis.datingAndAnalyzing(articles)
        self.init(articles: dated, analyses: analyses)
    }

    /// Builds the snapshot from articles already analysed (parallel arrays).
    public init(articles: [Article], analyses: [ArticleAnalysis]) {
        precondition(articles.count == analyses.count)
        self.articles = articles
        self.analyses = analyses
        var positions: [String: Int] = [:]
        for (i, a) in articles.enumerated() { positions[a.id] = i }
        articlePositions = positions

        let built = EntityTable(articles: articles, analyses: analyses)
        entities = built.entities
        entityPositions = built.positions
        articleEntities = built.articleEntities
        related = built.related
        mentionEntities = built.mentionEntity

        let timeline = TimelineBuilder(articles: articles, analyses: analyses, mentionEntity: built.mentionEntity,
                                       entityTypes: built.entities.map(\.type))
        events = timeline.events
        var byArticle: [[Int]] = Array(repeating: [], count: articles.count)
        for (i, event) in events.enumerated() {
            if let a = positions[event.articleId] { byArticle[a].append(i) }
        }
        articleEvents = byArticle
    }

    /// The article with `id`.
    public func article(id: String) -> Article? {
        articlePositions[id].map { articles[$0] }
    }

    /// The position of the article with `id`.
    public func articlePosition(id: String) -> Int? {
        articlePositions[id]
    }

    /// The entity with `id`.
    public func entity(id: String) -> CorpusEntity? {
        entityPositions[id].map { entities[$0] }
    }

    /// The position of the entity with `id`.
    public func entityPosition(id: String) -> Int? {
        entityPositions[id]
    }
}

import ArabicText

/// An immutable snapshot of the corpus and everything derived from it: articles, entities,
/// their co-occurrences and the timeline. Shared freely across threads; a change builds a new one.
///
/// What the analysers found is kept once, compactly: entity mentions as the entities'
/// occurrences (offsets and form numbers, no copied words) and date mentions as offsets into the
/// article text; `analysis(at:)` and `analyses` rebuild the analysers' values from them.
public struct Corpus: Sendable {
    public let articles: [Article]
    public let entities: [CorpusEntity]
    /// Per entity, the entities it shares sentences with, most shared first: all lists end to
    /// end in one array (an array object per entity cost ~50 bytes more each); `related(of:)`.
    let relatedLists: PackedLists<RelatedEntity>
    /// Per article, its entities (positions in `entities`) in order of first mention.
    public let articleEntities: FlatLists<Int32>
    /// Every dated event, oldest first.
    public let events: [TimelineEvent]
    /// The entity lists of the events' sentences, end to end (read with `entities(of:)`).
    let eventEntities: [Int32]
    /// Per article, the positions in `events` of its events, oldest first.
    public let articleEvents: FlatLists<Int32>
    /// Per article, its date mentions without their words (read back from the text).
    let dates: FlatLists<StoredDateMention>
    /// The Hijri original of the date mentions written in the Hijri calendar, by article
    /// position and expression start (`hijriKey`): few enough to keep apart from `dates`.
    let hijriDates: [Int64: TemporalValue]

    let articlePositions: KeyPositions
    /// Article positions by `url`, for idempotent imports (the first article with a URL wins).
    let urlPositions: KeyPositions
    /// Entity positions by id.
    let entityPositions: KeyPositions
    /// Every correction made to the entity table, oldest first, undone ones included, each
    /// marked applied or not (`EntityCorrections`).
    public let corrections: [CorrectionEntry]
    /// The entities as resolution made them, before the corrections, when a correction changed
    /// them: what the analysers found is rebuilt from these (`analyses`), so that an undone
    /// correction leaves no trace. Unchanged entities share their storage with `entities`.
    let resolvedEntities: [CorpusEntity]?
    /// What the entity resolution keeps for appending articles without resolving again
    /// (`appending(_:analyses:)`), for the resolved table (`resolvedEntities ?? entities`).
    let resolution: ResolutionState
    /// What the timeline's grouping keeps for appending articles without grouping every date again.
    let timelineState: TimelineState
    /// The events' counts by year and month and their extent (the unfiltered timeline counts).
    public let timelineTally: TimelineTally
    /// A number drawn for this value, and that of the corpus it appended articles to
    /// (`appending`): what `isAppended(to:)` tells a write's snapshot from.
    private let revision = UInt64.random(in: .min ... .max)
    private let appendedTo: UInt64?

    /// Dates (from content, where no metadata gives a date) and analyses `articles`, and
    /// builds the snapshot.
    public init(articles: [Article]) {
        let (dated, analyses) = ArticleAnalysis.datingAndAnalyzing(articles)
        self.init(articles: dated, analyses: analyses)
    }

    /// Builds the snapshot from articles already analysed (parallel arrays), with the entity
    /// `corrections` applied over the resolved entities.
    public init(articles: [Article], analyses: [ArticleAnalysis], corrections: [CorrectionEntry] = []) {
        precondition(articles.count == analyses.count)
        self.articles = articles
        articlePositions = KeyPositions(articles.enumerated().lazy.map { ($1.id, $0) }) { articles[$0].id }
        var byURL = KeyPositions()
        for (i, a) in articles.enumerated() {
            if let url = a.url, !url.isEmpty { byURL.add(url, i) { articles[$0].url } }
        }
        urlPositions = byURL
        dates = FlatLists(analyses.lazy.map { $0.dateMentions.map(StoredDateMention.init) })
        var hijri: [Int64: TemporalValue] = [:]
        for (a, analysis) in analyses.enumerated() {
            for m in analysis.dateMentions { if let h = m.hijri { hijri[Self.hijriKey(a, m.start)] = h } }
        }
        hijriDates = hijri

        var built = EntityTable(articles: articles, analyses: analyses)
        let resolved = built.entities
        var corrections = corrections
        EntityCorrections.apply(&corrections, to: &built, articles: articles, analyses: analyses)
        self.corrections = corrections
        resolvedEntities = corrections.contains(where: \.applied) ? resolved : nil
        resolution = built.resolution
        entities = built.entities
        let builtEntities = built.entities
        entityPositions = KeyPositions(built.positions.lazy.map { ($0.key, $0.value) }) { builtEntities[$0].id }
        articleEntities = FlatLists(built.articleEntities.lazy.map { $0.lazy.map { Int32($0) } })
        relatedLists = built.related

        (events, eventEntities, articleEvents, timelineState) = Self.timeline(articles: articles, analyses: analyses,
                                                               mentionEntity: built.mentionEntity, entities: built.entities)
        timelineTally = TimelineTally(dates: events.lazy.map(\.date))
        appendedTo = nil
    }

    /// Whether this corpus is `other` with articles appended (`appending(_:analyses:)`): its
    /// first `other.articles.count` articles, their events and the first entities are `other`'s.
    public func isAppended(to other: Corpus) -> Bool {
        appendedTo == other.revision
    }

    /// The events, their entity lists and each article's events, built over the whole corpus.
    static func timeline(articles: [Article], analyses: [ArticleAnalysis], mentionEntity: [[Int]], entities: [CorpusEntity])
        -> (events: [TimelineEvent], eventEntities: [Int32], articleEvents: FlatLists<Int32>, state: TimelineState) {
        let timeline = TimelineBuilder(articles: articles, analyses: analyses, mentionEntity: mentionEntity,
                                       entityForms: entities.map { [$0.name] + $0.aliases })
        let events = timeline.events.compacted()
        return (events, timeline.entityPool.compacted(), articleEvents(events, articleCount: articles.count), timeline.state)
    }

    /// Per article, the positions of its events.
    static func articleEvents(_ events: [TimelineEvent], articleCount: Int) -> FlatLists<Int32> {
        // A counting sort: no list per article (a write rebuilds this for the whole corpus).
        var offsets = [UInt32](repeating: 0, count: articleCount + 1)
        for i in events.indices { offsets[events[i].article + 1] += 1 }
        for a in 0..<articleCount { offsets[a + 1] += offsets[a] }
        var next = offsets
        var values = [Int32](repeating: 0, count: events.count)
        for i in events.indices {
            let a = events[i].article
            values[Int(next[a])] = Int32(i)
            next[a] += 1
        }
        return FlatLists(offsets: offsets, values: values)
    }

    /// A corpus of parts already built (`appending(_:analyses:)`).
    init(articles: [Article], entities: [CorpusEntity], related: PackedLists<RelatedEntity>, articleEntities: FlatLists<Int32>,
         events: [TimelineEvent], eventEntities: [Int32], articleEvents: FlatLists<Int32>,
         dates: FlatLists<StoredDateMention>, hijriDates: [Int64: TemporalValue], articlePositions: KeyPositions,
         urlPositions: KeyPositions, entityPositions: KeyPositions, resolution: ResolutionState,
         timelineState: TimelineState, timelineTally: TimelineTally, appendedTo: Corpus) {
        self.articles = articles
        self.entities = entities
        relatedLists = related
        self.articleEntities = articleEntities
        self.events = events
        self.eventEntities = eventEntities
        self.articleEvents = articleEvents
        self.dates = dates
        self.hijriDates = hijriDates
        self.articlePositions = articlePositions
        self.urlPositions = urlPositions
        self.entityPositions = entityPositions
        corrections = []
        resolvedEntities = nil
        self.resolution = resolution
        self.timelineState = timelineState
        self.timelineTally = timelineTally
        self.appendedTo = appendedTo.revision
    }

    /// The key of `hijriDates` for the mention of article `article` starting at `start`.
    static func hijriKey(_ article: Int, _ start: Int) -> Int64 {
        Int64(article) << 32 | Int64(start)
    }

    /// The article with `id`.
    public func article(id: String) -> Article? {
        articlePosition(id: id).map { articles[$0] }
    }

    /// The position of the article with `id`.
    public func articlePosition(id: String) -> Int? {
        articlePositions.position(of: id) { articles[$0].id }
    }

    /// The position of the first article whose `url` is `url`.
    public func articlePosition(url: String) -> Int? {
        urlPositions.position(of: url) { articles[$0].url }
    }

    /// The entity with `id`.
    public func entity(id: String) -> CorpusEntity? {
        entityPosition(id: id).map { entities[$0] }
    }

    /// The position of the entity with `id`.
    public func entityPosition(id: String) -> Int? {
        entityPositions.position(of: id) { entities[$0].id }
    }
}

/// A date mention without its words: the offsets of the expression, the date and whether it
/// was relative (24 bytes instead of a copied string and three optionals).
struct StoredDateMention: Sendable {
    let span: TextSpan
    let value: TemporalValue?
    let isRelative: Bool

    init(_ mention: TemporalMention) {
        span = TextSpan(start: mention.start, end: mention.end)
        value = mention.value
        isRelative = mention.isRelative
    }
}

extension Corpus {
    /// The entities that share sentences with the entity at `entity`, most shared first.
    public func related(of entity: Int) -> ArraySlice<RelatedEntity> {
        relatedLists.elements(entity)
    }

    /// Every entity's related list, copied out (for comparisons; requests use `related(of:)`).
    public var related: [[RelatedEntity]] {
        relatedLists.indices.map { Array(relatedLists.elements($0)) }
    }
}

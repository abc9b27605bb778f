import NewsCorpus

/// Encoded bodies of the unfiltered first pages of `/api/entities` and `/api/timeline`, and of
/// the unfiltered `/api/timeline/counts` by year and month, what clients ask for most, built once per snapshot (a few KB) instead of ranking every
/// entity or walking the events per request.
struct FirstPages: Sendable {
    /// The page sizes kept: the default and the common `limit=50`.
    static let limits = [Pagination.defaultLimit, 50]

    private let entityBodies: [Int: [UInt8]]
    private let timelineBodies: [Int: [UInt8]]
    /// Unfiltered `/api/timeline/counts` bodies by year and by month (the timeline view's first request).
    private let countBodies: [TimelineBuckets.Level: [UInt8]]

    /// The first pages of `corpus`, whose entities rank as `ranked`.
    init(corpus: Corpus, rankedEntities ranked: [Int]) {
        let events = Array(corpus.events.indices)
        var entityBodies: [Int: [UInt8]] = [:]
        var timelineBodies: [Int: [UInt8]] = [:]
        for limit in Self.limits {
            let page = Pagination(limit: limit, offset: 0)
            entityBodies[limit] = EntitiesController.body(ranked, page: page, in: corpus)
            timelineBodies[limit] = TimelineController.body(events, page: page, in: corpus)
        }
        self.entityBodies = entityBodies
        self.timelineBodies = timelineBodies
        var countBodies: [TimelineBuckets.Level: [UInt8]] = [:]
        for level in [TimelineBuckets.Level.year, .month] {
            countBodies[level] = TimelineController.countsBody(tally: corpus.timelineTally, level: level)
        }
        self.countBodies = countBodies
    }

    /// The unfiltered `/api/timeline/counts` body at `level`, when kept.
    func timelineCounts(_ level: TimelineBuckets.Level) -> [UInt8]? {
        countBodies[level]
    }

    /// The unfiltered `/api/entities` body of `page`, when kept.
    func entities(_ page: Pagination) -> [UInt8]? {
        page.offset == 0 ? entityBodies[page.limit] : nil
    }

    /// The unfiltered `/api/timeline` body of `page`, when kept.
    func timeline(_ page: Pagination) -> [UInt8]? {
        page.offset == 0 ? timelineBodies[page.limit] : nil
    }
}

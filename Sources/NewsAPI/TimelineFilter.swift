import HTTPCore
import NewsCorpus

/// The filters of `/api/timeline` and `/api/timeline/counts`: `article`, `entity`, `from`, `to`,
/// and for the list `undated` (only events whose year is unknown) and `within` (only events
/// whose date lies wholly in `from`–`to`, not those that overlap it), validated against the corpus.
struct TimelineFilter {
    let article: Int?
    let entity: Int32?
    let range: DateRange
    let undatedOnly: Bool
    let within: Bool

    /// Reads the filters of `query`; throws a 400 naming the bad parameter.
    init(query: QueryParameters, corpus: Corpus) throws(HTTPError) {
        range = try DateRange(query: query)
        if let id = query["article"] {
            guard let a = corpus.articlePosition(id: id) else {
                throw HTTPError.badParameter("article", "There is no article with id '\(id)'.")
            }
            article = a
        } else {
            article = nil
        }
        if let id = query["entity"] {
            guard let e = corpus.entityPosition(id: id) else {
                throw HTTPError.badParameter("entity", "There is no entity with id '\(id)'.")
            }
            entity = Int32(e)
        } else {
            entity = nil
        }
        switch query["undated"] {
        case nil, "false": undatedOnly = false
        case "true": undatedOnly = true
        case let text?:
            throw HTTPError.badParameter("undated", "undated must be true or false; got '\(text)'.")
        }
        switch query["within"] {
        case nil, "false": within = false
        case "true": within = true
        case let text?:
            throw HTTPError.badParameter("within", "within must be true or false; got '\(text)'.")
        }
        if undatedOnly, !range.isEmpty {
            throw HTTPError.badParameter("undated", "undated=true lists events of unknown year, which no from/to range holds.")
        }
    }

    /// Whether any filter is set.
    var isEmpty: Bool { article == nil && entity == nil && range.isEmpty && !undatedOnly && !within }

    /// Positions in `corpus.events` of the events matching the article and entity filters
    /// (not the dates), in timeline order.
    func candidates(in corpus: Corpus) -> [Int] {
        var matches = article.map { corpus.articleEvents[$0].map(Int.init) } ?? Array(corpus.events.indices)
        if let entity {
            matches = matches.filter { corpus.entities(of: corpus.events[$0]).contains(entity) }
        }
        return matches
    }

    /// Whether `event` passes the date filters (`from`, `to`, `undated`, `within`).
    func datesMatch(_ event: TimelineEvent) -> Bool {
        undatedOnly ? event.date.year == nil : within ? range.holds(event) : range.contains(event)
    }

    /// Positions of the events passing every filter, in timeline order.
    func matches(in corpus: Corpus) -> [Int] {
        candidates(in: corpus).filter { datesMatch(corpus.events[$0]) }
    }
}

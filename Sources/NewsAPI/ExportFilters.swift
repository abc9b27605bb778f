import ArabicText
import HTTPCore
import NewsCorpus

/// The entity list's filters (`type`, `q`, `article`, and `entity` for one entity), with the
/// same meaning and errors as `GET /api/entities`, for the exports.
struct EntityFilter {
    let matches: [Int]

    init(query: QueryParameters, corpus: Corpus) throws(HTTPError) {
        var type: EntityType?
        if let text = query["type"] {
            guard let t = EntityType(rawValue: text) else {
                throw HTTPError.badParameter("type", "type must be person, organization or location; got '\(text)'.")
            }
            type = t
        }
        var candidates: [Int]
        if let id = query["entity"] {
            guard let e = corpus.entityPosition(id: id) else {
                throw HTTPError.badParameter("entity", "There is no entity with id '\(id)'.")
            }
            candidates = [e]
        } else if let articleId = query["article"] {
            guard let a = corpus.articlePosition(id: articleId) else {
                throw HTTPError.badParameter("article", "There is no article with id '\(articleId)'.")
            }
            candidates = corpus.articleEntities[a].map(Int.init)
        } else {
            candidates = Array(corpus.entities.indices)
        }
        var filter: NameFilter?
        if let q = query["q"] {
            let needle = ArabicNormalizer.normalize(q).trimmingCharacters(in: .whitespaces)
            if needle.isEmpty, !q.isEmpty { throw HTTPError.badParameter("q", "q must contain a letter or digit.") }
            filter = needle.isEmpty ? nil : NameFilter(needle)
        }
        matches = EntitiesController.ranked(candidates.filter { e in
            let entity = corpus.entities[e]
            if let type, entity.type != type { return false }
            if let filter { return filter.matches(entity) }
            return true
        }, in: corpus)
    }
}

/// The timeline's filters (`article`, `entity`, `from`, `to`), as `GET /api/timeline` reads
/// them, for the exports: the matching events, oldest first.
struct EventFilter {
    let matches: [Int]

    init(query: QueryParameters, corpus: Corpus) throws(HTTPError) {
        let range = try DateRange(query: query)
        var article: Int?
        if let id = query["article"] {
            guard let a = corpus.articlePosition(id: id) else {
                throw HTTPError.badParameter("article", "There is no article with id '\(id)'.")
            }
            article = a
        }
        var entity: Int32?
        if let id = query["entity"] {
            guard let e = corpus.entityPosition(id: id) else {
                throw HTTPError.badParameter("entity", "There is no entity with id '\(id)'.")
            }
            entity = Int32(e)
        }
        let candidates = article.map { corpus.articleEvents[$0].map(Int.init) } ?? Array(corpus.events.indices)
        matches = candidates.filter { i in
            let event = corpus.events[i]
            if let entity, !corpus.entities(of: event).contains(entity) { return false }
            return range.contains(event)
        }
    }
}

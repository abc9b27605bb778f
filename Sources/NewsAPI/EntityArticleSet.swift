import HTTPCore
import NewsCorpus
import SearchIndex

extension Corpus {
    /// The articles that mention the entity `id` (the `entity` query parameter of search and the
    /// exports), a bit each; a 400 naming the parameter when there is no such entity.
    func articleSet(ofEntity id: String) throws -> DocumentSet {
        guard let e = entityPosition(id: id) else {
            throw HTTPError.badParameter("entity", "There is no entity with id '\(id)'.")
        }
        var set = DocumentSet(capacity: articles.count)
        for a in entities[e].articles { set.insert(Int(a)) }
        return set
    }
}

import NewsCorpus

/// The orders `GET /api/articles` lists in (`?sort=`), computed once per snapshot.
struct ArticleOrder: Sendable {
    /// The `sort` values.
    enum Key: String {
        /// Newest `published` first (an article without a date last), then by id.
        case newest
        /// The corpus order: the folder's articles by id, then those added.
        case id
    }

    /// Article positions, newest first.
    let newest: [Int32]

    init(corpus: Corpus) {
        let articles = corpus.articles
        // The first day the date can mean: 2015-08-30 comes before 2015-08, which comes before 2015-07-31.
        let days = articles.map { $0.published.flatMap(DateInterval.of)?.lowerBound ?? Int.min }
        newest = articles.indices.sorted { a, b in
            if days[a] != days[b] { return days[a] > days[b] }
            return articles[a].id < articles[b].id
        }.map { Int32($0) }
    }
}

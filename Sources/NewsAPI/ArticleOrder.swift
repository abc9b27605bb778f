import NewsCorpus

/// The orders `GET /api/articles` lists in (`?sort=`), computed once per snapshot.
struct ArticleOrder: Sendable, Equatable {
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
        let days = articles.map(Self.day)
        newest = articles.indices.sorted { a, b in
            if days[a] != days[b] { return days[a] > days[b] }
            return articles[a].id < articles[b].id
        }.map { Int32($0) }
    }

    /// The orders of `corpus`, whose articles are `previous`'s (ordered by it) with more
    /// appended: the new ones are sorted and merged in (binary search), the same order as
    /// sorting them all.
    init(corpus: Corpus, appendingTo previous: ArticleOrder) {
        let articles = corpus.articles
        let first = previous.newest.count
        func precedes(_ a: Int, _ b: Int) -> Bool {
            let x = Self.day(articles[a]), y = Self.day(articles[b])
            if x != y { return x > y }
            return articles[a].id < articles[b].id
        }
        let added = (first..<articles.count).sorted(by: precedes)
        var out: [Int32] = []
        out.reserveCapacity(articles.count)
        var from = 0
        for a in added {
            // The first old position not preceding `a`.
            var low = from, high = first
            while low < high {
                let mid = (low + high) / 2
                if precedes(Int(previous.newest[mid]), a) { low = mid + 1 } else { high = mid }
            }
            out.append(contentsOf: previous.newest[from..<low])
            out.append(Int32(a))
            from = low
        }
        out.append(contentsOf: previous.newest[from...])
        newest = out
    }

    /// The first day the date can mean: 2015-08-30 comes before 2015-08, which comes before 2015-07-31.
    private static func day(_ article: Article) -> Int {
        article.published.flatMap(DateInterval.of)?.lowerBound ?? Int.min
    }
}

import NewsCorpus
import SearchIndex

/// Per article, the day interval (yyyymmdd bounds) of its publication date, built once per
/// snapshot: the `dateField=published` filter of a search, its newest-first order, and the
/// graph's `from`/`to`. Articles without a date have no interval and match no range.
struct PublishedDates: Sendable, Equatable {
    /// yyyymmdd bounds; 0 for an article without a publication date (or of an unknown year).
    private let lowers: [Int32]
    private let uppers: [Int32]

    init(corpus: Corpus) {
        self.init(corpus: corpus, after: [], [])
    }

    /// The dates of `corpus`, whose articles are `previous`'s with more appended (only the new
    /// ones are read).
    init(corpus: Corpus, appendingTo previous: PublishedDates) {
        self.init(corpus: corpus, after: previous.lowers, previous.uppers)
    }

    /// `lowers` and `uppers` of the first articles of `corpus`, then those of the others.
    private init(corpus: Corpus, after lowers: [Int32], _ uppers: [Int32]) {
        var lowers = lowers, uppers = uppers
        lowers.reserveCapacity(corpus.articles.count)
        uppers.reserveCapacity(corpus.articles.count)
        for article in corpus.articles[lowers.count...] {
            let interval = article.published.flatMap(DateInterval.of)
            lowers.append(Int32(clamping: interval?.lowerBound ?? 0))
            uppers.append(Int32(clamping: interval?.upperBound ?? 0))
        }
        self.lowers = lowers
        self.uppers = uppers
    }

    /// The first day (yyyymmdd) of the article's publication date; nil when it has none.
    func day(of article: Int) -> Int? {
        lowers[article] == 0 ? nil : Int(lowers[article])
    }

    /// The order key of `sort=date`: newest first (larger), undated articles last.
    func sortKey(_ article: Int) -> Int {
        Int(lowers[article] == 0 ? -1 : uppers[article])
    }

    /// The yyyymmdd bounds of the article's publication date, when it has one.
    func interval(of article: Int) -> ClosedRange<Int>? {
        lowers[article] == 0 ? nil : Int(lowers[article])...Int(uppers[article])
    }

    /// Whether the article's publication date overlaps `range` (as `DateRange.contains`).
    func isPublished(_ article: Int, in range: DateRange) -> Bool {
        guard lowers[article] != 0 else { return range.isEmpty }
        if let lower = range.lower, Int(uppers[article]) < lower { return false }
        if let upper = range.upper, Int(lowers[article]) > upper { return false }
        return true
    }

    /// The articles published within `range`, as a set.
    func articles(in range: DateRange) -> DocumentSet {
        var result = DocumentSet(capacity: lowers.count)
        for a in lowers.indices where isPublished(a, in: range) { result.insert(a) }
        return result
    }
}

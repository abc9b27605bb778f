import NewsCorpus
import SearchIndex

/// Per article, the day intervals (yyyymmdd bounds) of its dated events, and per year the
/// articles with an event in it, flattened once per snapshot: the `from`/`to` filter of a
/// search becomes a set of articles gathered from the years of the range (a bit each), with
/// the intervals checked only for articles of the range's partly covered first and last years.
struct SearchDates: Sendable {
    /// Where each article's intervals begin in `lowers`/`uppers` (articles + 1 entries).
    private let starts: [Int32]
    private let lowers: [Int32]
    private let uppers: [Int32]
    /// The articles with an event overlapping year `firstYear + y` are
    /// `yearArticles[yearStarts[y] ..< yearStarts[y + 1]]`, ascending.
    private let firstYear: Int
    private let yearStarts: [Int32]
    private let yearArticles: [Int32]
    /// Articles with an event spanning more than `widest` years, always checked by interval.
    private let wideArticles: [Int32]
    static let widest = 12

    init(corpus: Corpus) {
        var starts: [Int32] = [0]
        var lowers: [Int32] = [], uppers: [Int32] = []
        starts.reserveCapacity(corpus.articles.count + 1)
        for events in corpus.articleEvents {
            for e in events {
                // Events of an unknown year have no interval and never match a range.
                guard let interval = corpus.events[Int(e)].interval else { continue }
                lowers.append(Int32(clamping: interval.lowerBound))
                uppers.append(Int32(clamping: interval.upperBound))
            }
            starts.append(Int32(lowers.count))
        }
        self.starts = starts
        self.lowers = lowers
        self.uppers = uppers

        // (year, article) pairs, each once, then sorted by year with a counting sort.
        var pairs: [(year: Int, article: Int32)] = [], wide: [Int32] = []
        var years: Set<Int> = []
        for article in 0..<(starts.count - 1) {
            years.removeAll(keepingCapacity: true)
            var isWide = false
            for i in Int(starts[article])..<Int(starts[article + 1]) {
                let first = Int(lowers[i]) / 10_000, last = Int(uppers[i]) / 10_000
                if last - first >= Self.widest { isWide = true; continue }
                for y in first...max(first, last) { years.insert(y) }
            }
            if isWide { wide.append(Int32(article)) }
            for y in years { pairs.append((y, Int32(article))) }
        }
        let firstYear = pairs.map(\.year).min() ?? 0, lastYear = pairs.map(\.year).max() ?? -1
        var yearStarts = [Int32](repeating: 0, count: lastYear - firstYear + 2)
        for p in pairs { yearStarts[p.year - firstYear + 1] += 1 }
        for y in 0..<(yearStarts.count - 1) { yearStarts[y + 1] += yearStarts[y] }
        var yearArticles = [Int32](repeating: 0, count: pairs.count)
        var next = yearStarts
        for p in pairs {  // articles ascend in `pairs`, so each year's list does too
            yearArticles[Int(next[p.year - firstYear])] = p.article
            next[p.year - firstYear] += 1
        }
        self.firstYear = firstYear
        self.yearStarts = yearStarts
        self.yearArticles = yearArticles
        self.wideArticles = wide
    }

    /// The articles with an event overlapping `range` (as `hasEvent`), as a set over
    /// `0..<articleCount`: the years strictly inside the range add their articles unchecked;
    /// the first and last years' articles, and those with very wide events, are checked.
    func articles(in range: DateRange, articleCount: Int) -> DocumentSet {
        var result = DocumentSet(capacity: articleCount)
        let lastYear = firstYear + yearStarts.count - 2
        let lowYear = max(firstYear, range.lower.map { $0 / 10_000 } ?? firstYear)
        let highYear = min(lastYear, range.upper.map { $0 / 10_000 } ?? lastYear)
        if lowYear <= highYear {
            for y in lowYear...highYear {
                // A year wholly inside the range: any event overlapping it overlaps the range.
                let inside = (range.lower ?? .min) <= y * 10_000 + 101 && (range.upper ?? .max) >= y * 10_000 + 1231
                for a in yearArticles[Int(yearStarts[y - firstYear])..<Int(yearStarts[y - firstYear + 1])] {
                    let article = Int(a)
                    if inside || hasEvent(article: article, in: range) { result.insert(article) }
                }
            }
        }
        for a in wideArticles where hasEvent(article: Int(a), in: range) { result.insert(Int(a)) }
        return result
    }

    /// Calls `body` with the yyyymmdd bounds of each dated event of the article at `article`.
    func forEachEvent(of article: Int, _ body: (Int, Int) -> Void) {
        for i in Int(starts[article])..<Int(starts[article + 1]) { body(Int(lowers[i]), Int(uppers[i])) }
    }

    /// Whether an event of the article at `article` overlaps `range` (as `DateRange.contains`).
    func hasEvent(article: Int, in range: DateRange) -> Bool {
        let lower = range.lower.map { Int32(clamping: $0) } ?? .min
        let upper = range.upper.map { Int32(clamping: $0) } ?? .max
        for i in Int(starts[article])..<Int(starts[article + 1])
        where uppers[i] >= lower && lowers[i] <= upper {
            return true
        }
        return false
    }
}

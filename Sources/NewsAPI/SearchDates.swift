import NewsCorpus
import SearchIndex

/// Per article, the day intervals (yyyymmdd bounds) of its dated events, and per year the
/// articles with an event in it, flattened once per snapshot: the `from`/`to` filter of a
/// search becomes a set of articles gathered from the years of the range (a bit each), with
/// the intervals checked only for articles of the range's partly covered first and last years.
struct SearchDates: Sendable, Equatable {
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
        self.init(corpus: corpus, after: SearchDates(starts: [0], lowers: [], uppers: [], firstYear: 0, yearStarts: [0],
                                                     yearArticles: [], wideArticles: []))
    }

    /// The dates of `corpus`, whose articles are `previous`'s with more appended (their events
    /// unchanged: `Corpus.appending`): the new articles' intervals are appended, and each is
    /// added at the end of its years' lists (its position is above every earlier one).
    init(corpus: Corpus, appendingTo previous: SearchDates) {
        self.init(corpus: corpus, after: previous)
    }

    private init(starts: [Int32], lowers: [Int32], uppers: [Int32], firstYear: Int, yearStarts: [Int32],
                 yearArticles: [Int32], wideArticles: [Int32]) {
        self.starts = starts
        self.lowers = lowers
        self.uppers = uppers
        self.firstYear = firstYear
        self.yearStarts = yearStarts
        self.yearArticles = yearArticles
        self.wideArticles = wideArticles
    }

    /// `previous`'s tables (of the first articles of `corpus`) with the other articles added.
    private init(corpus: Corpus, after previous: SearchDates) {
        var starts = previous.starts, lowers = previous.lowers, uppers = previous.uppers
        let first = starts.count - 1
        starts.reserveCapacity(corpus.articles.count + 1)
        for events in corpus.articleEvents[first...] {
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

        // The new (year, article) pairs, each once, in article order.
        var pairs: [(year: Int, article: Int32)] = [], wide = previous.wideArticles
        var years: Set<Int> = []
        for article in first..<(starts.count - 1) {
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
        self.wideArticles = wide
        let oldYears = previous.yearArticles.isEmpty ? nil : (previous.firstYear, previous.firstYear + previous.yearStarts.count - 2)
        guard let low = ([oldYears?.0].compactMap { $0 } + pairs.map(\.year)).min(),
              let high = ([oldYears?.1].compactMap { $0 } + pairs.map(\.year)).max() else {
            (firstYear, yearStarts, yearArticles) = (0, [0], [])
            return
        }
        // Per year: the old list, then the new articles (counting sort; articles ascend in `pairs`).
        var added = [Int32](repeating: 0, count: high - low + 2)
        for p in pairs { added[p.year - low + 1] += 1 }
        var yearStarts = [Int32](repeating: 0, count: high - low + 2)
        for y in low...high {
            let old = previous.articles(ofYear: y)
            yearStarts[y - low + 1] = yearStarts[y - low] + Int32(old.count) + added[y - low + 1]
        }
        var yearArticles = [Int32](repeating: 0, count: Int(yearStarts[high - low + 1]))
        var next = yearStarts
        for y in low...high {
            let old = previous.articles(ofYear: y)
            yearArticles.withUnsafeMutableBufferPointer { out in
                for (k, a) in old.enumerated() { out[Int(next[y - low]) + k] = a }
            }
            next[y - low] += Int32(old.count)
        }
        for p in pairs {
            yearArticles[Int(next[p.year - low])] = p.article
            next[p.year - low] += 1
        }
        firstYear = low
        self.yearStarts = yearStarts
        self.yearArticles = yearArticles
    }

    /// The articles with an event overlapping `year` (empty outside the table's years).
    private func articles(ofYear year: Int) -> ArraySlice<Int32> {
        let y = year - firstYear
        guard y >= 0, y + 1 < yearStarts.count else { return [] }
        return yearArticles[Int(yearStarts[y])..<Int(yearStarts[y + 1])]
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

import NewsCorpus

/// Per article, the day intervals (yyyymmdd bounds) of its dated events, flattened once per
/// snapshot: the `from`/`to` filter of a search then costs a few comparisons per candidate
/// hit, instead of a walk over every event of the corpus (re-deriving each interval) per request.
struct SearchDates: Sendable {
    /// Where each article's intervals begin in `lowers`/`uppers` (articles + 1 entries).
    private let starts: [Int32]
    private let lowers: [Int32]
    private let uppers: [Int32]

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

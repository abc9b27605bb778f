import NewsCorpus
import SearchIndex

/// The facets of a search, counted over every hit (not the best few): the entities most often
/// found, and histograms of the hits by publication date and by event date. A bucket counts the
/// hits with a date (or an event's date) within it; a date coarser than the bucket (a year, a
/// decade, in a histogram by month) is counted in no bucket rather than in all it overlaps, which
/// would fill a histogram by month with 120 copies of every decade. So narrowing a search to a
/// bucket (`from`/`to`, the same `dateField`) finds exactly its count, plus the hits whose only
/// date there is coarser.
struct SearchFacets {
    /// Buckets of a year (`2015`) or of a month (`2015-07`).
    enum Granularity: String { case year, month }

    /// How many entities are listed.
    static let entityCount = 10

    /// (entity position, hits), by count then position.
    let entities: [(Int, Int)]
    /// The histograms of the hits by publication date and by event date.
    let published: DateHistogram
    let events: DateHistogram

    init(hits: DocumentSet, corpus: Corpus, dates: SearchDates, publication: PublishedDates) {
        entities = Self.entities(hits, corpus)
        var published = (year: Histogram(.year), month: Histogram(.month))
        var events = (year: Histogram(.year), month: Histogram(.month))
        hits.forEach { a in
            if let day = publication.interval(of: a) {
                published.year.add(day.lowerBound, day.upperBound, hit: a)
                published.month.add(day.lowerBound, day.upperBound, hit: a)
            }
            dates.forEachEvent(of: a) { lower, upper in
                events.year.add(lower, upper, hit: a)
                events.month.add(lower, upper, hit: a)
            }
        }
        self.published = DateHistogram(year: published.year, month: published.month)
        self.events = DateHistogram(year: events.year, month: events.month)
    }

    /// The entities most often found among the hits: (entity position, hit count), by count
    /// then position. Counts go in an array indexed by entity (a memset, then one add per
    /// entity of a hit), not a dictionary, and only the entities seen are ranked.
    static func entities(_ hits: DocumentSet, _ corpus: Corpus) -> [(Int, Int)] {
        var counts = [Int32](repeating: 0, count: corpus.entities.count)
        var seen: [Int] = []
        hits.forEach { d in
            for stored in corpus.articleEntities[d] {
                let e = Int(stored)
                if counts[e] == 0 { seen.append(e) }
                counts[e] += 1
            }
        }
        var best: [(Int, Int)] = []
        for e in seen {
            let count = Int(counts[e])
            if best.count == entityCount, let last = best.last, (last.1, -last.0) >= (count, -e) { continue }
            let at = best.firstIndex { ($0.1, -$0.0) < (count, -e) } ?? best.count
            best.insert((e, count), at: at)
            if best.count > entityCount { best.removeLast() }
        }
        return best
    }

    /// Writes `"dates": {"published": {"granularity", "buckets"}, "events": {…}}`.
    func writeDates(into w: inout JSONWriter) {
        w.key("dates")
        w.beginObject()
        w.key("published"); published.write(into: &w)
        w.key("events"); events.write(into: &w)
        w.endObject()
    }
}

/// One histogram of the hits' dates, by month when the dates lie within two calendar years and
/// most of them are precise to the month or better, else by year.
struct DateHistogram {
    let granularity: SearchFacets.Granularity
    /// (bucket label, hits), oldest first; only buckets with hits.
    let buckets: [(String, Int)]

    fileprivate init(year: Histogram, month: Histogram) {
        let byYear = year.buckets, byMonth = month.buckets
        let counted = { (buckets: [(String, Int)]) in buckets.reduce(0) { $0 + $1.1 } }
        if byYear.count <= 2, !byMonth.isEmpty, 2 * counted(byMonth) >= counted(byYear) {
            granularity = .month
            buckets = byMonth
        } else {
            granularity = .year
            buckets = byYear
        }
    }

    func write(into w: inout JSONWriter) {
        w.beginObject()
        w.key("granularity"); w.string(granularity.rawValue)
        w.key("buckets")
        w.beginArray()
        for (date, count) in buckets {
            w.beginObject()
            w.key("date"); w.string(date)
            w.key("count"); w.int(count)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}

/// Hits per year or month: a bucket counts each hit once, however many of its dates lie in it.
fileprivate struct Histogram {
    let granularity: SearchFacets.Granularity
    /// Bucket number (year, or year * 12 + month - 1) → (hits, the last hit counted).
    private var counts: [Int: (count: Int, last: Int)] = [:]

    init(_ granularity: SearchFacets.Granularity) { self.granularity = granularity }

    /// Counts hit `hit` in the bucket holding the yyyymmdd interval `lower...upper`, if one does.
    mutating func add(_ lower: Int, _ upper: Int, hit: Int) {
        let b = bucket(lower)
        guard bucket(upper) == b, counts[b]?.last != hit else { return }
        counts[b] = ((counts[b]?.count ?? 0) + 1, hit)
    }

    private func bucket(_ day: Int) -> Int {
        switch granularity {
        case .year: return day / 10_000
        case .month: return day / 10_000 * 12 + (day / 100 % 100) - 1
        }
    }

    /// (label, hits), oldest first.
    var buckets: [(String, Int)] {
        counts.keys.sorted().map { b in
            switch granularity {
            case .year: return (Self.pad(b, 4), counts[b]!.count)
            case .month: return ("\(Self.pad(b / 12, 4))-\(Self.pad(b % 12 + 1, 2))", counts[b]!.count)
            }
        }
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

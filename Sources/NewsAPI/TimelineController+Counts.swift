import HTTPCore
import NewsCorpus

extension TimelineController {
    /// The query parameters `counts` understands (as in `/openapi.json`); others get 400.
    static let countParameters: Set<String> = ["article", "entity", "from", "to", "level"]
    /// The widest `from`–`to` span, in days, that `level=auto` counts by day, then by month.
    static let autoDaySpan = 120
    static let autoMonthSpan = 12 * 366

    /// `GET /api/timeline/counts`: how many events of the list's filters fall in each year,
    /// month or day (`level`), oldest first, with the extent and focus of the events the
    /// article and entity filters keep (whatever `from`/`to` say) and how many have no year.
    /// The buckets' counts add up to `total`, the `/api/timeline` total of the same filters
    /// less the events of unknown year.
    func counts(_ request: Request) throws -> Response {
        try request.query.requireOnly(Self.countParameters)
        let snapshot = store.snapshot
        let filter = try TimelineFilter(query: request.query, corpus: snapshot.corpus)
        let level = try Self.level(request.query["level"], range: filter.range)
        if filter.isEmpty, let body = snapshot.firstPages.timelineCounts(level) {
            return .json(body)
        }
        return .json(Self.countsBody(filter.candidates(in: snapshot.corpus), range: filter.range, level: level, in: snapshot.corpus))
    }

    /// The counts body of the events `candidates` (positions in `corpus.events`) within `range`.
    static func countsBody(_ candidates: [Int], range: DateRange, level: TimelineBuckets.Level, in corpus: Corpus) -> [UInt8] {
        let dates = candidates.map { corpus.events[$0].date }
        let extent = TimelineExtent(dates: dates)
        let undated = dates.count { $0.year == nil }
        let inRange = candidates.lazy.filter { range.contains(corpus.events[$0]) }.map { corpus.events[$0].date }
        let buckets = TimelineBuckets(dates: Array(inRange), level: level)
        return countsBody(buckets, extent: extent, undated: undated, range: range, level: level)
    }

    /// The unfiltered counts body at `level` (year or month), from the corpus's tally of its
    /// events instead of the events; the same bytes `countsBody` gives for every event.
    static func countsBody(tally: TimelineTally, level: TimelineBuckets.Level) -> [UInt8]? {
        guard let buckets = tally.buckets(level) else { return nil }
        return countsBody(buckets, extent: tally.extent, undated: tally.undatedCount, range: .all, level: level)
    }

    /// The counts body of `buckets`, the candidates' `extent` and `undated` count.
    static func countsBody(_ buckets: TimelineBuckets, extent: TimelineExtent?, undated: Int, range: DateRange,
                           level: TimelineBuckets.Level) -> [UInt8] {

        var w = JSONWriter(capacity: 256 + buckets.buckets.count * 48)
        w.beginObject()
        w.key("level"); w.string(level.rawValue)
        w.key("from"); w.string(range.lower.map(DayNumber.iso))
        w.key("to"); w.string(range.upper.map(DayNumber.iso))
        w.key("total"); w.int(buckets.total)
        w.key("undated"); w.int(undated)
        w.key("first"); w.string(extent.map { DayNumber.iso($0.first) })
        w.key("last"); w.string(extent.map { DayNumber.iso($0.last) })
        w.key("focus")
        if let extent {
            w.beginObject()
            w.key("from"); w.string(DayNumber.iso(extent.focus.lowerBound))
            w.key("to"); w.string(DayNumber.iso(extent.focus.upperBound))
            w.endObject()
        } else {
            w.null()
        }
        w.key("buckets")
        w.beginArray()
        for bucket in buckets.buckets {
            w.beginObject()
            w.key("date"); w.string(bucket.date.description)
            w.key("precision"); w.string(bucket.date.precision.rawValue)
            w.key("count"); w.int(bucket.count)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// `level`: `year`, `month`, `day`, or `auto` (the default): by day for a `from`–`to` span
    /// of up to `autoDaySpan` days, by month up to `autoMonthSpan`, else by year.
    static func level(_ text: String?, range: DateRange) throws(HTTPError) -> TimelineBuckets.Level {
        if let text, text != "auto" {
            guard let level = TimelineBuckets.Level(rawValue: text) else {
                throw HTTPError.badParameter("level", "level must be year, month, day or auto; got '\(text)'.")
            }
            return level
        }
        guard let lower = range.lower, let upper = range.upper else { return .year }
        let days = DayNumber.days(upper) - DayNumber.days(lower) + 1
        return days <= autoDaySpan ? .day : days <= autoMonthSpan ? .month : .year
    }
}

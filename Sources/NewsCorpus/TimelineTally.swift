import ArabicText

/// What the unfiltered `/api/timeline/counts` bodies say about all the timeline's events, kept
/// with the corpus so that a write adds its own events instead of walking them all again: the
/// events per year and per month (`TimelineBuckets`) and the days their extent and focus come
/// from (`TimelineExtent`). Equal to what those compute from every event's date.
public struct TimelineTally: Sendable {
    private var years: [TemporalValue: Int] = [:]
    private var months: [TemporalValue: Int] = [:]
    private var undated = 0
    /// The middle day (day number) of each event dated to a month or a day, sorted; and of the others.
    private var fine: [Int] = []
    private var coarse: [Int] = []
    /// The first and last day (yyyymmdd) any event can mean.
    private var first = Int.max, last = Int.min

    /// The tally of events with `dates`.
    init(dates: some Sequence<TemporalValue>) {
        for date in dates { add(date, sorted: false) }
        fine.sort()
        coarse.sort()
    }

    /// This tally with events of `dates` added.
    func adding(_ dates: some Sequence<TemporalValue>) -> TimelineTally {
        var t = self
        for date in dates { t.add(date, sorted: true) }
        return t
    }

    private mutating func add(_ date: TemporalValue, sorted: Bool) {
        guard let interval = DateInterval.of(date), let year = TimelineBuckets.key(of: date, at: .year),
              let month = TimelineBuckets.key(of: date, at: .month) else {
            undated += 1
            return
        }
        years[year, default: 0] += 1
        months[month, default: 0] += 1
        first = min(first, interval.lowerBound)
        last = max(last, interval.upperBound)
        let middle = (DayNumber.days(interval.lowerBound) + DayNumber.days(interval.upperBound)) / 2
        let isFine = date.precision == .day || date.precision == .month
        if !sorted {
            if isFine { fine.append(middle) } else { coarse.append(middle) }
        } else if isFine {
            fine.insert(middle, at: Self.insertionPoint(of: middle, in: fine))
        } else {
            coarse.insert(middle, at: Self.insertionPoint(of: middle, in: coarse))
        }
    }

    /// The first index of `sorted` whose value is not below `value`.
    private static func insertionPoint(of value: Int, in sorted: [Int]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The counts at `level`, as `TimelineBuckets(dates:level:)` gives them; nil for days (not kept).
    public func buckets(_ level: TimelineBuckets.Level) -> TimelineBuckets? {
        switch level {
        case .year: TimelineBuckets(counts: years, undated: undated)
        case .month: TimelineBuckets(counts: months, undated: undated)
        case .day: nil
        }
    }

    /// Events of unknown year.
    public var undatedCount: Int { undated }

    /// The extent, as `TimelineExtent(dates:)` gives it.
    public var extent: TimelineExtent? {
        TimelineExtent(first: first, last: last, sortedDays: fine.isEmpty ? coarse : fine)
    }
}

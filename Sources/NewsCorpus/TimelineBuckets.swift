import ArabicText

/// Counts of timeline events per period at one zoom level (year, month or day), for drawing a
/// time axis without sending the events. An event as precise as the level or more goes into
/// the period of the level that holds it (`2015-07-03` into `2015-07` at month level); a
/// coarser one keeps its own date (`2015` or `201X` at month level), so that no count is put
/// in a period the date does not name. Events of unknown year are counted apart (`undated`).
public struct TimelineBuckets: Sendable, Equatable {
    /// The period size of the finest buckets.
    public enum Level: String, Sendable, CaseIterable {
        case year, month, day

        /// The precision of a bucket at this level.
        var precision: TemporalValue.Precision {
            switch self {
            case .year: .year
            case .month: .month
            case .day: .day
            }
        }
    }

    /// One period and how many events it holds.
    public struct Bucket: Sendable, Equatable {
        public let date: TemporalValue
        public let count: Int
    }

    /// Non-empty buckets, oldest first; on the same first day a coarser period comes first.
    public let buckets: [Bucket]
    /// Events counted in `buckets` (every event of known year).
    public let total: Int
    /// Events whose year is unknown (`XXXX-09-26`), in no bucket.
    public let undated: Int

    /// Buckets of `dates` at `level`.
    public init(dates: some Sequence<TemporalValue>, level: Level) {
        var counts: [TemporalValue: Int] = [:]
        var undated = 0
        for date in dates {
            guard let key = Self.key(of: date, at: level) else {
                undated += 1
                continue
            }
            counts[key, default: 0] += 1
        }
        self.init(counts: counts, undated: undated)
    }

    /// Buckets of the events counted by period in `counts`, `undated` more of unknown year.
    init(counts: [TemporalValue: Int], undated: Int) {
        buckets = counts.map { Bucket(date: $0.key, count: $0.value) }.sorted { a, b in
            let ia = DateInterval.of(a.date)!.lowerBound, ib = DateInterval.of(b.date)!.lowerBound
            if ia != ib { return ia < ib }
            return a.date.precision.rank < b.date.precision.rank
        }
        total = counts.values.reduce(0, +)
        self.undated = undated
    }

    /// The bucket `date` falls into at `level`; nil for an unknown year.
    public static func key(of date: TemporalValue, at level: Level) -> TemporalValue? {
        guard let year = date.year else { return nil }
        guard date.precision.rank >= level.precision.rank else { return date }
        switch level {
        case .year: return TemporalValue(year: year, precision: .year)
        case .month: return TemporalValue(year: year, month: date.month, precision: .month)
        case .day: return TemporalValue(year: year, month: date.month, day: date.day, precision: .day)
        }
    }
}

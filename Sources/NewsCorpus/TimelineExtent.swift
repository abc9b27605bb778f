import ArabicText

/// Where a set of timeline events lies: the first and last day any of them can mean, and the
/// focus — the shortest stretch of days that holds `focusShare` of the events dated to a month
/// or a day (or of all of them when none is), widened to whole months when it spans four weeks
/// or more — which a time axis shows first, so that a handful of old dates does not shrink the
/// weeks the news is about to a sliver.
/// Days are yyyymmdd numbers, as in `DateInterval`.
public struct TimelineExtent: Sendable, Equatable {
    /// The share of events the focus holds.
    public static let focusShare = 0.75

    public let first: Int
    public let last: Int
    public let focus: ClosedRange<Int>

    /// The extent of `dates`; nil when none has a known year.
    public init?(dates: some Sequence<TemporalValue>) {
        var first = Int.max, last = Int.min
        var fine: [Int] = [], all: [Int] = []
        for date in dates {
            guard let interval = DateInterval.of(date) else { continue }
            first = min(first, interval.lowerBound)
            last = max(last, interval.upperBound)
            let middle = (DayNumber.days(interval.lowerBound) + DayNumber.days(interval.upperBound)) / 2
            if date.precision == .day || date.precision == .month { fine.append(middle) } else { all.append(middle) }
        }
        var days = fine.isEmpty ? all : fine
        days.sort()
        self.init(first: first, last: last, sortedDays: days)
    }

    /// The extent from the first and last day (yyyymmdd) and the sorted middle days (day
    /// numbers) of the events the focus is taken from; nil when `first > last` (no known year).
    init?(first: Int, last: Int, sortedDays days: [Int]) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
        let window = Self.shortestWindow(sorted: days, share: Self.focusShare)
            .map { DayNumber.ymd($0.lowerBound)...DayNumber.ymd($0.upperBound) } ?? first...last
        focus = Self.wholeMonths(window)
    }

    /// `days` widened to the months it touches, when it spans 28 days or more.
    static func wholeMonths(_ days: ClosedRange<Int>) -> ClosedRange<Int> {
        guard DayNumber.days(days.upperBound) - DayNumber.days(days.lowerBound) >= 27 else { return days }
        let lastMonth = days.upperBound / 100
        let nextMonth = lastMonth % 100 == 12 ? (lastMonth / 100 + 1) * 100 + 1 : lastMonth + 1
        return (days.lowerBound / 100 * 100 + 1)...DayNumber.ymd(DayNumber.days(nextMonth * 100 + 1) - 1)
    }

    /// The shortest range of `sorted` values holding `share` of them (the earliest of equals).
    static func shortestWindow(sorted: [Int], share: Double) -> ClosedRange<Int>? {
        guard !sorted.isEmpty else { return nil }
        let size = max(1, Int((Double(sorted.count) * share).rounded(.up)))
        var best = sorted[0]...sorted[size - 1]
        for i in 0...(sorted.count - size) where sorted[i + size - 1] - sorted[i] < best.upperBound - best.lowerBound {
            best = sorted[i]...sorted[i + size - 1]
        }
        return best
    }
}

/// Days counted from 1970-01-01 for yyyymmdd numbers, and back (proleptic Gregorian calendar;
/// H. Hinnant's `days_from_civil`).
public enum DayNumber {
    /// The day number of yyyymmdd `ymd`.
    public static func days(_ ymd: Int) -> Int {
        var y = ymd / 10_000
        let m = ymd / 100 % 100, d = ymd % 100
        if m <= 2 { y -= 1 }
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The yyyymmdd number of day number `days`.
    public static func ymd(_ days: Int) -> Int {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return y * 10_000 + m * 100 + d
    }

    /// `2015-07-01` for 20150701.
    public static func iso(_ ymd: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(ymd / 10_000, 4))-\(pad(ymd / 100 % 100, 2))-\(pad(ymd % 100, 2))"
    }
}

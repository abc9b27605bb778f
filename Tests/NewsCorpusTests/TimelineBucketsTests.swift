import ArabicText
import Testing
@testable import NewsCorpus

/// Counting events per period (`TimelineBuckets`), the extent and focus (`TimelineExtent`), and
/// day numbers (`DayNumber`).
@Suite struct TimelineBucketsTests {
    static let dates: [TemporalValue] = [
        TemporalValue(year: 2015, month: 7, day: 3, precision: .day),
        TemporalValue(year: 2015, month: 7, day: 3, precision: .day),
        TemporalValue(year: 2015, month: 7, day: 31, precision: .day),
        TemporalValue(year: 2015, month: 8, precision: .month),
        TemporalValue(year: 2015, precision: .year),
        TemporalValue(year: 2010, precision: .decade),
        TemporalValue(year: nil, month: 9, day: 26, precision: .day),
    ]

    static func table(_ level: TimelineBuckets.Level) -> [String] {
        TimelineBuckets(dates: dates, level: level).buckets.map { "\($0.date) \($0.count)" }
    }

    @Test func finerDatesGoIntoThePeriodOfTheLevelCoarserKeepTheirOwn() {
        #expect(Self.table(.year) == ["201X 1", "2015 5"])
        #expect(Self.table(.month) == ["201X 1", "2015 1", "2015-07 3", "2015-08 1"])
        #expect(Self.table(.day) == ["201X 1", "2015 1", "2015-07-03 2", "2015-07-31 1", "2015-08 1"])
        let buckets = TimelineBuckets(dates: Self.dates, level: .day)
        #expect(buckets.total == 6 && buckets.undated == 1)
    }

    @Test func theFocusIsWhereMostFineDatesAre() throws {
        var dates = (1...20).map { TemporalValue(year: 2015, month: 7, day: $0, precision: .day) }
        dates += [TemporalValue(year: 1937, month: 3, day: 1, precision: .day), TemporalValue(year: 1990, precision: .decade)]
        let extent = try #require(TimelineExtent(dates: dates))
        #expect(extent.first == 1937_03_01 && extent.last == 2015_07_20)
        #expect(extent.focus.lowerBound >= 2015_07_01 && extent.focus.upperBound <= 2015_07_20)
        #expect(TimelineExtent(dates: [TemporalValue(year: nil, month: 1, precision: .month)]) == nil)
        // Four weeks or more: whole months.
        var summer = (5...31).map { TemporalValue(year: 2015, month: 7, day: $0, precision: .day) }
        summer += (1...25).map { TemporalValue(year: 2015, month: 8, day: $0, precision: .day) }
        summer += [TemporalValue(year: 1990, month: 1, day: 1, precision: .day)]
        #expect(try #require(TimelineExtent(dates: summer)).focus == 2015_07_01...2015_08_31)
        #expect(TimelineExtent.wholeMonths(2015_11_20...2015_12_30) == 2015_11_01...2015_12_31)
    }

    @Test(arguments: [1970_01_01, 2000_02_29, 2015_08_31, 1937_03_01, 1_01_01, 2100_12_31])
    func dayNumbersRoundTrip(_ ymd: Int) {
        #expect(DayNumber.ymd(DayNumber.days(ymd)) == ymd)
    }

    @Test func dayNumbersCountDays() {
        #expect(DayNumber.days(1970_01_01) == 0)
        #expect(DayNumber.days(2015_03_01) - DayNumber.days(2015_02_28) == 1)
        #expect(DayNumber.days(2016_03_01) - DayNumber.days(2016_02_28) == 2)
        #expect(DayNumber.iso(2015_07_01) == "2015-07-01")
    }
}

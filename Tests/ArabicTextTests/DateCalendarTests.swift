import Testing
@testable import ArabicText

/// Calendar arithmetic and the contract's string forms.
@Suite struct DateCalendarTests {
    static let days: [(Int, Int, Int, Int, Int)] = [
        // year, month, day, days since 1970-01-01, weekday (Sunday = 0)
        (1970, 1, 1, 0, 4), (2000, 2, 29, 11_016, 2), (2012, 9, 11, 15_594, 2),
        (2020, 11, 13, 18_579, 5), (1969, 12, 31, -1, 3), (2100, 3, 1, 47_541, 1),
    ]

    @Test("days since epoch and weekday", arguments: days)
    func civil(_ y: Int, _ m: Int, _ d: Int, _ epoch: Int, _ weekday: Int) {
        let date = CivilDate(year: y, month: m, day: d)
        #expect(date.daysSinceEpoch == epoch)
        #expect(CivilDate(daysSinceEpoch: epoch) == date)
        #expect(date.weekday == weekday)
    }

    static let forms: [(TemporalValue, String)] = [
        (TemporalValue(year: 2012, month: 9, day: 11, precision: .day), "2012-09-11"),
        (TemporalValue(year: 2018, month: 6, precision: .month), "2018-06"),
        (TemporalValue(year: 2014, precision: .year), "2014"),
        (TemporalValue(year: 1990, precision: .decade), "199X"),
        (TemporalValue(year: nil, month: 9, day: 26, precision: .day), "XXXX-09-26"),
        (TemporalValue(year: nil, month: 11, precision: .month), "XXXX-11"),
    ]

    @Test("contract string forms", arguments: forms)
    func form(_ value: TemporalValue, _ text: String) {
        #expect(value.description == text)
    }

    /// A day the month does not have is dropped; the month and year still stand.
    @Test func invalidDaysFallBackToTheMonth() {
        #expect(DateTestSupport.render("وقع ذلك في 31 يونيو 2019.") == ["يونيو 2019=2019-06"])
        #expect(DateTestSupport.render("وقع ذلك في 29 فبراير 2019.") == ["فبراير 2019=2019-02"])
        #expect(DateTestSupport.render("وقع ذلك في 29 فبراير 2020.") == ["29 فبراير 2020=2020-02-29"])
    }
}

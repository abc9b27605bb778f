import NewsFetch
import Testing

/// The date forms of pages and feeds.
@Suite struct DateTextTests {
    @Test(arguments: [
        ("2026-11-28T08:30:00+03:00", "2026-11-28"),
        ("2026-11-28", "2026-11-28"),
        ("2026-11-28 08:30", "2026-11-28"),
        ("2026-11", "2026-11"),
        ("2026", "2026"),
        ("Sat, 28 Nov 2026 05:30:00 +0000", "2026-11-28"),
        ("Mon, 5 Oct 2026 17:00:00 GMT", "2026-10-05"),
        ("5 October 2026", "2026-10-05"),
        ("28 Nov 26 05:30 EST", "2026-11-28"),
    ])
    func readsDates(text: String, iso: String) {
        #expect(DateText.isoDate(text) == iso)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01", "2026-02-30", "Mon, 31 Feb 2026", "2026-11-28X", "١٤ سبتمبر ٢٠٢٦"])
    func refusesNonDates(text: String) {
        #expect(DateText.isoDate(text) == nil)
    }
}

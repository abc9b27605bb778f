import HTTPCore
import NewsCorpus

/// The `?from=` and `?to=` filters: ISO dates of year, month or day precision, inclusive.
/// `from=2012` starts on 2012-01-01; `to=2012` ends on 2012-12-31.
struct DateRange {
    let lower: Int?
    let upper: Int?

    var isEmpty: Bool { lower == nil && upper == nil }

    /// No bounds: every dated event.
    static let all = DateRange(lower: nil, upper: nil)

    private init(lower: Int?, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    init(query: QueryParameters) throws(HTTPError) {
        lower = try DateRange.bound("from", query["from"])?.lowerBound
        upper = try DateRange.bound("to", query["to"])?.upperBound
        if let lower, let upper, lower > upper {
            throw HTTPError.badParameter("from", "from (\(query["from"] ?? "")) is after to (\(query["to"] ?? "")).")
        }
    }

    private static func bound(_ name: String, _ text: String?) throws(HTTPError) -> ClosedRange<Int>? {
        guard let text else { return nil }
        guard let value = ISODateParser.parse(text), let interval = DateInterval.of(value) else {
            throw HTTPError.badParameter(name, "\(name) must be a date like 2012, 2012-09 or 2012-09-11; got '\(text)'.")
        }
        return interval
    }

    /// Whether an event's date overlaps the range; an unknown year never matches a range.
    func contains(_ event: TimelineEvent) -> Bool {
        if isEmpty { return true }
        guard let interval = event.interval else { return false }
        if let lower, interval.upperBound < lower { return false }
        if let upper, interval.lowerBound > upper { return false }
        return true
    }

    /// Whether every day an event's date can mean lies in the range (`2015` does not lie in
    /// July–August 2015, which it overlaps).
    func holds(_ event: TimelineEvent) -> Bool {
        if isEmpty { return true }
        guard let interval = event.interval else { return false }
        if let lower, interval.lowerBound < lower { return false }
        if let upper, interval.upperBound > upper { return false }
        return true
    }
}

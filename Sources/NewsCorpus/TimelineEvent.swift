import ArabicText

/// A dated sentence of an article: what the timeline shows.
public struct TimelineEvent: Sendable {
    public let date: TemporalValue
    public let articleId: String
    /// The words that gave the date, and their offsets in the article text.
    public let expression: String
    public let expressionStart: Int
    public let expressionEnd: Int
    /// The sentence and its offsets in the article text.
    public let text: String
    public let start: Int
    public let end: Int
    /// Whether the date came from a relative expression anchored on the article's date.
    public let isRelative: Bool
    /// Positions in `Corpus.entities` of the entities mentioned in the sentence.
    public let entities: [Int]
    /// Events reporting the same happening (same date, shared entities) share a group number.
    public internal(set) var group: Int
    /// The articles of the group, in timeline order; one array shared by the group's events.
    public internal(set) var sources: [String] = []

    /// The first and last day the date can mean, as comparable numbers (yyyymmdd).
    public var interval: ClosedRange<Int>? { DateInterval.of(date) }
}

/// Day ranges of dates of any precision, for filtering by `from`/`to`.
public enum DateInterval {
    /// yyyymmdd bounds of the days `value` covers; nil when the year is unknown.
    public static func of(_ value: TemporalValue) -> ClosedRange<Int>? {
        guard let year = value.year else { return nil }
        switch value.precision {
        case .decade: return (year * 10_000 + 101)...((year + 9) * 10_000 + 1231)
        case .year: return (year * 10_000 + 101)...(year * 10_000 + 1231)
        case .month:
            let m = value.month ?? 1
            return (year * 10_000 + m * 100 + 1)...(year * 10_000 + m * 100 + ISODateParser.daysIn(month: m, year: year))
        case .day:
            let d = year * 10_000 + (value.month ?? 1) * 100 + (value.day ?? 1)
            return d...d
        }
    }
}

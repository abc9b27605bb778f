/// One date expression found in a text.
public struct TemporalMention: Sendable, Hashable {
    /// The words that gave the date, as written.
    public var expression: String
    /// Scalar offsets of the expression, end exclusive.
    public var start: Int
    public var end: Int
    /// The resolved date, in the Gregorian calendar; nil for a relative expression that could
    /// not be anchored (or a Hijri month whose year is unknown).
    public var value: TemporalValue?
    /// Whether the expression is relative (اليوم، الأسبوع الماضي، قبل 8 أعوام…).
    public var isRelative: Bool
    /// The date as written in the Hijri calendar (Umm al-Qura), year 1436 for 1436هـ, when the
    /// expression holds one (alone, or paired with its Gregorian date by الموافق); else nil.
    public var hijri: TemporalValue?

    public init(expression: String, start: Int, end: Int, value: TemporalValue?, isRelative: Bool,
                hijri: TemporalValue? = nil) {
        self.expression = expression
        self.start = start
        self.end = end
        self.value = value
        self.isRelative = isRelative
        self.hijri = hijri
    }

    /// The calendar the expression was written in.
    public var calendar: DateCalendar { hijri == nil ? .gregorian : .hijri }
}

/// The calendar of a date expression.
public enum DateCalendar: String, Sendable, Hashable {
    case gregorian, hijri
}

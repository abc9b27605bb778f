/// One date expression found in a text.
public struct TemporalMention: Sendable, Hashable {
    /// The words that gave the date, as written.
    public var expression: String
    /// Scalar offsets of the expression, end exclusive.
    public var start: Int
    public var end: Int
    /// The resolved date; nil for a relative expression that could not be anchored.
    public var value: TemporalValue?
    /// Whether the expression is relative (اليوم، الأسبوع الماضي، قبل 8 أعوام…).
    public var isRelative: Bool

    public init(expression: String, start: Int, end: Int, value: TemporalValue?, isRelative: Bool) {
        self.expression = expression
        self.start = start
        self.end = end
        self.value = value
        self.isRelative = isRelative
    }
}

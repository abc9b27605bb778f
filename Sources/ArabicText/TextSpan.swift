/// A range of a text in Unicode-scalar offsets, end exclusive.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Whether `offset` falls inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
}

/// A range of a text in Unicode-scalar offsets, end exclusive. Stored in 32 bits per bound
/// (8 bytes a span instead of 16): a snapshot keeps millions of them.
public struct TextSpan: Sendable, Hashable, Codable {
    private var lower: Int32
    private var upper: Int32

    public var start: Int {
        get { Int(lower) }
        set { lower = Int32(newValue) }
    }

    public var end: Int {
        get { Int(upper) }
        set { upper = Int32(newValue) }
    }

    public init(start: Int, end: Int) {
        lower = Int32(start)
        upper = Int32(end)
    }

    /// Whether `offset` falls inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    private enum CodingKeys: String, CodingKey {
        case start, end
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}

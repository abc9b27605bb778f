/// A word of a text, with its place: `start` and `end` count Unicode scalars, end exclusive.
public struct Token: Sendable, Hashable {
    /// The word exactly as written (with any diacritics).
    public var text: String
    /// The normalised matching key (`ArabicNormalizer.normalize(text)`).
    public var normalized: String
    /// Scalar offset of the first scalar of the word.
    public var start: Int
    /// Scalar offset one past the word's last scalar.
    public var end: Int

    /// A token with its text, key and scalar range.
    public init(text: String, normalized: String, start: Int, end: Int) {
        self.text = text
        self.normalized = normalized
        self.start = start
        self.end = end
    }
}

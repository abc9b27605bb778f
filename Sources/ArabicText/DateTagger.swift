/// Finds and normalises date expressions in Arabic text. (First stub; the real tagger
/// replaces this file.)
public struct DateTagger: Sendable {
    public init() {}

    /// The date expressions of `text`, in text order; relative ones resolved against `anchor`
    /// (the article's own date) when it is given.
    public func tag(_ text: String, anchor: TemporalValue? = nil) -> [TemporalMention] {
        []
    }
}

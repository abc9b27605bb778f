/// Dating and tagging an undated text from one token stream.
extension DateTagger {
    /// For a text without a date: `estimateAnchor(text)` and `tag(text, anchor:)` with that
    /// estimate, tokenising and matching the text once instead of twice.
    /// An estimate later than `notAfter` (the caller's today) is refused.
    public func estimateAndTag(_ text: String, notAfter: TemporalValue? = nil) -> (anchor: TemporalValue?, mentions: [TemporalMention]) {
        let stream = DateTokenStream(text)
        let found = candidates(in: stream)
        let anchor = ArticleDateEstimator(notAfter: notAfter).estimate(candidates: found, in: stream)
        return (anchor, mentions(found, in: stream, anchor: anchor))
    }
}

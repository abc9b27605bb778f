/// What the timeline's grouping keeps so that appending articles regroups only the dates that
/// can change (`TimelineBuilder.appending`): the candidate events' words as numbered runs, the
/// words' document frequencies, and per event how far its date's decisions are from flipping.
/// About 10 bytes an event and 10 a candidate's distinct word, plus the vocabulary.
struct TimelineState: Sendable {
    var terms: SentenceTerms
    /// How many events may be grouped (the `n` of the IDF).
    var candidateCount: Int
    /// Parallel to the events: the sentence's runs when the event may be grouped, else nil.
    var runs: [[TermRun]?]
    /// Parallel to the events: for the event's date bucket, the smallest distance of a compared
    /// cosine to a threshold, less what the weights may have moved since it was computed.
    var margins: [Double]
}

/// What the timeline's grouping keeps so that appending articles regroups only the dates that
/// can change (`TimelineBuilder.appending`): the candidate events' words as numbered runs, the
/// words' document frequencies, and per event how far its decisions are from flipping and which
/// earlier events it agrees with (so that a date receiving a new event compares only the pairs
/// that involve it). About 26 bytes an event and 10 a candidate's distinct word, plus the vocabulary.
struct TimelineState: Sendable {
    var terms: SentenceTerms
    /// How many events may be grouped (the `n` of the IDF).
    var candidateCount: Int
    /// Parallel to the events: the sentence's runs when the event may be grouped, else nil.
    var runs: [[TermRun]?]
    /// Parallel to the events: the smallest distance to a threshold of a cosine compared with
    /// the event (either way), less what the weights may have moved since it was computed.
    var margins: [Double]
    /// Parallel to the events: the earlier events of its date bucket it agrees with, as
    /// distances back (`x - y`; a bucket that keeps its events keeps them whatever moves).
    var agreeing: [[Int32]]
}

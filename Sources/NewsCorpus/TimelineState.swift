/// What the timeline's grouping keeps so that appending articles regroups only the dates that
/// can change (`TimelineBuilder.appending`): the candidate events' words as numbered runs, the
/// words' document frequencies, and per event how far its decisions are from flipping and which
/// earlier events it agrees with (so that a date receiving a new event compares only the pairs
/// that involve it). The per-event lists are packed end to end (`PackedLists`, `RunLists`):
/// about 32 bytes an event, 4 a candidate's distinct word or an agreeing event, 12 a near pair,
/// plus the vocabulary.
struct TimelineState: Sendable {
    var terms: SentenceTerms
    /// How many events may be grouped (the `n` of the IDF).
    var candidateCount: Int
    /// Parallel to the events: the sentence's runs when the event may be grouped, else nil.
    var runs: RunLists
    /// Parallel to the events: the smallest distance to a threshold of a cosine compared with
    /// the event (either way; the near pairs aside), less what the weights may have moved since.
    var margins: [Double]
    /// Parallel to the events: its compared pairs with earlier events whose cosine was within
    /// `EventGrouping.nearRadius` of a threshold, each with its own distance (less the moves since);
    /// none is the same as an empty list.
    var near: PackedLists<NearPair>
    /// Parallel to the events: the earlier events of its date bucket it agrees with, as
    /// distances back (`x - y`; a bucket that keeps its events keeps them whatever moves); none
    /// is the same as an empty list.
    var agreeing: PackedLists<Int32>
}

/// A pair of events close to a grouping threshold: the earlier event (distance back) and how
/// far the pair's cosine is from the threshold, less what the weights may have moved since.
struct NearPair: Sendable {
    var back: Int32
    var distance: Float
    /// Whether the two share two salient entities (else one): what their cosine must reach.
    var sharesTwo: Bool
}

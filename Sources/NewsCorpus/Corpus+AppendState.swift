extension Corpus {
    /// About how many bytes the corpus keeps only so that additions update its tables
    /// (`appending`): the grouping keys and person-merge index, and the candidate events' words.
    public var appendStateBytes: Int {
        resolution.approximateBytes + timelineState.approximateBytes
    }

    /// `appendStateBytes` by part, for memory reports.
    public var appendStateParts: [(name: String, bytes: Int)] {
        let t = timelineState
        return [("resolution: grouping keys", resolution.approximateBytes - resolution.variants.approximateBytes),
                ("resolution: person-merge index", resolution.variants.approximateBytes),
                ("timeline: candidates' word runs", t.runs.approximateBytes),
                ("timeline: margins, near pairs, agreeing events", t.margins.capacity * 8 + t.near.approximateBytes + t.agreeing.approximateBytes),
                ("timeline: sentence-word vocabulary", t.terms.approximateBytes)]
    }
}

extension ResolutionState {
    /// The key table (the keys' text, slots and entity positions) and the person-merge index.
    var approximateBytes: Int {
        keyEntity.byteCount + variants.approximateBytes
    }
}

extension TimelineState {
    /// The per-event arrays, the candidates' runs, the agreeing events and the vocabulary.
    var approximateBytes: Int {
        runs.approximateBytes + near.approximateBytes + agreeing.approximateBytes + margins.capacity * 8
            + terms.approximateBytes
    }
}

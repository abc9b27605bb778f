extension Corpus {
    /// About how many bytes the corpus keeps only so that additions update its tables
    /// (`appending`): the grouping keys and person-merge index, and the candidate events' words.
    public var appendStateBytes: Int {
        resolution.approximateBytes + timelineState.approximateBytes
    }
}

extension ResolutionState {
    /// The key table (entries and the keys' text) and the person-merge index.
    var approximateBytes: Int {
        var bytes = 0
        for key in keyEntity.keys { bytes += 32 + (key.utf8.count > 15 ? 32 + key.utf8.count : 0) }
        return bytes * 4 / 3 + variants.approximateBytes
    }
}

extension TimelineState {
    /// The per-event arrays, the candidates' runs, the agreeing events and the vocabulary.
    var approximateBytes: Int {
        var bytes = runs.count * 16 + agreeing.count * 16 + terms.approximateBytes
        for case let r? in runs { bytes += 32 + r.count * 8 }
        for a in agreeing where !a.isEmpty { bytes += 32 + a.count * 4 }
        for n in near where !n.isEmpty { bytes += 32 + n.count * 8 }
        return bytes
    }
}

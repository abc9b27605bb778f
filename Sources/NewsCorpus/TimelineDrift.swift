import Foundation

/// How far a write's change of the IDF weights can move the cosines that the timeline's
/// grouping compared (`TimelineBuilder.appending`).
///
/// A word's weight is `idf + 1` with `idf = ln((n + 1) / (df + 1)) ≥ 0`; a write changes `n`
/// (the candidate sentences) and the `df` of some words. Every weight of a sentence's vector is
/// then scaled by a factor within `1 ± ε`, where ε is the largest relative change of its words'
/// weights (|Δidf| / (idf + 1), taken with the weights before the write); the unit vector
/// turns by at most asin ε ≤ 1.1 ε (ε ≤ 0.4), and the cosine of two sentences moves by at most
/// the sum of their two turns. A sentence none of whose words changed frequency turns by the
/// change of `n` alone, a few 1e-5 on a large corpus.
struct TimelineDrift {
    /// Relative weight change of each word (by id) whose frequency changed; 0 for the others.
    private let termShift: [Double]
    /// Relative weight change of a word whose frequency did not change (`n` alone).
    private let uniform: Double

    init(before: TimelineState, after: SentenceTerms, candidates: Int, previousFrequency: [Int32: Int32]) {
        let n0 = Double(max(before.candidateCount, 1)), n1 = Double(max(candidates, 1))
        uniform = abs(log((n1 + 1) / (n0 + 1)))
        var shift: [Double] = []
        for (term, df0) in previousFrequency {
            let df1 = after.documentFrequency[Int(term)]
            guard df1 != df0 else { continue }
            let idf0 = log((n0 + 1) / Double(df0 + 1)), idf1 = log((n1 + 1) / Double(df1 + 1))
            if shift.isEmpty { shift = Array(repeating: 0, count: before.terms.documentFrequency.count) }
            shift[Int(term)] = abs(idf1 - idf0) / (max(idf0, 0) + 1)
        }
        termShift = shift
    }

    /// The angle by which the vector of a sentence with `runs` may have turned (0 for one not
    /// counted: its vector is empty and its cosines 0).
    func rotation(of runs: [TermRun]?) -> Double {
        guard let runs, SentenceTerms.isCounted(runs) else { return 0 }
        var e = uniform
        if !termShift.isEmpty {
            for r in runs where Int(r.term) < termShift.count { e = max(e, termShift[Int(r.term)]) }
        }
        return e > 0.4 ? .infinity : e == 0 ? 0 : 1.1 * e + 1e-6
    }

    /// For each event of the bucket `range`, the largest `rotation` of an event it may have been
    /// compared with (one sharing a salient entity of the bucket; `grouping` gives them, and is
    /// asked only when some event turned more than the change of `n` alone turns any).
    func neighbourRotation(_ range: Range<Int>, rotation: [Double], grouping: () -> EventGrouping) -> [Double] {
        let largest = rotation[range].max() ?? 0
        let plain = uniform == 0 ? 0 : 1.1 * uniform + 1e-6
        guard largest > plain else { return Array(repeating: largest, count: range.count) }
        let g = grouping()
        var entityMax: [Int32: Double] = [:]
        for (e, list) in g.postings() { entityMax[e] = list.lazy.map { rotation[range.lowerBound + $0] }.max() ?? 0 }
        return g.entities.map { list in list.lazy.compactMap { entityMax[$0] }.max() ?? 0 }
    }
}

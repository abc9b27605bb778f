import Foundation

/// How far a write's change of the IDF weights can move the cosines that the timeline's
/// grouping compared (`TimelineBuilder.appending`).
///
/// A word's weight is `w = idf + 1` with `idf = ln((n + 1) / (df + 1)) ≥ 0`; a write changes
/// `n` (the candidate sentences) and the `df` of some words, so each weight of a sentence's
/// vector `u` (unit, before the write) is scaled by `1 + e_t`, e_t = Δidf_t / w_t. The new
/// direction is that of `u + Eu`, within the ball of radius |Eu| around `u`: it turns by at
/// most asin |Eu| ≤ 1.1 |Eu| (|Eu| ≤ 0.4), and the cosine of two sentences moves by at most the
/// sum of their turns. A word whose `df` did not change has |e_t| ≤ |Δ ln(n + 1)|, so
/// |Eu|² ≤ (Δ ln(n + 1))² + Σ over the changed words of e_t² u_t².
struct TimelineDrift {
    /// e_t of each word (by id) whose frequency changed; 0 for the others (empty when none).
    private let termShift: [Double]
    /// The changed words' frequencies before the write.
    private let previousFrequency: [Int32: Int32]
    /// The frequencies after the write.
    private let frequency: [Int32]
    /// |Δ ln(n + 1)|: the change of every other word's idf.
    private let uniform: Double
    private let n0: Double

    init(before: TimelineState, after: SentenceTerms, candidates: Int, previousFrequency: [Int32: Int32]) {
        let n0 = Double(max(before.candidateCount, 1)), n1 = Double(max(candidates, 1))
        self.n0 = n0
        uniform = abs(log((n1 + 1) / (n0 + 1)))
        frequency = after.documentFrequency
        var shift: [Double] = []
        var changed: [Int32: Int32] = [:]
        for (term, df0) in previousFrequency {
            let df1 = after.documentFrequency[Int(term)]
            guard df1 != df0 else { continue }
            let idf0 = log((n0 + 1) / Double(df0 + 1)), idf1 = log((n1 + 1) / Double(df1 + 1))
            if shift.isEmpty { shift = Array(repeating: 0, count: before.terms.documentFrequency.count) }
            shift[Int(term)] = abs(idf1 - idf0) / (max(idf0, 0) + 1)
            changed[term] = df0
        }
        termShift = shift
        self.previousFrequency = changed
    }

    /// The angle by which the vector of each sentence with `runs` (its words before the write)
    /// may have turned (0 for one not counted: its vector is empty and its cosines 0). Each
    /// word's weight before the write is computed once.
    func rotations<S: Sequence, R: Collection>(_ all: S) -> [Double] where S.Element == R?, R.Element == TermRun {
        var weights = [Double](repeating: -1, count: termShift.isEmpty ? 0 : frequency.count)
        return all.map { runs in
            guard let runs, SentenceTerms.isCounted(runs) else { return 0 }
            var e = uniform
            if !termShift.isEmpty, runs.contains(where: { Int($0.term) < termShift.count && termShift[Int($0.term)] > 0 }) {
                var norm = 0.0, moved = 0.0
                for r in runs {
                    var w = weights[Int(r.term)]
                    if w < 0 {
                        let df = previousFrequency[r.term] ?? frequency[Int(r.term)]
                        w = log((n0 + 1) / Double(df + 1)) + 1
                        weights[Int(r.term)] = w
                    }
                    let cw = Double(r.count) * w
                    norm += cw * cw
                    if Int(r.term) < termShift.count { moved += termShift[Int(r.term)] * termShift[Int(r.term)] * cw * cw }
                }
                e = (uniform * uniform + moved / max(norm, 1e-12)).squareRoot()
            }
            return e > 0.4 ? .infinity : e == 0 ? 0 : 1.1 * e + 1e-6
        }
    }

    /// `rotations` of one sentence.
    func rotation(of runs: [TermRun]?) -> Double {
        rotations([runs])[0]
    }

    /// For each event of the bucket `range`, the largest `rotation` of an event it may have been
    /// compared with (one sharing a salient entity of the bucket, as `grouping` gives them).
    func neighbourRotation(_ range: Range<Int>, rotation: [Double], grouping: EventGrouping) -> [Double] {
        var entityMax: [Int32: Double] = [:]
        for (e, list) in grouping.postings() { entityMax[e] = list.lazy.map { rotation[range.lowerBound + $0] }.max() ?? 0 }
        return grouping.entities.map { list in list.lazy.compactMap { entityMax[$0] }.max() ?? 0 }
    }
}

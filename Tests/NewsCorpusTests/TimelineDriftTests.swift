import Testing
@testable import NewsCorpus

/// `TimelineDrift` bounds how far a write's change of the IDF weights moves a cosine: for
/// random sentences and random writes (new counted sentences, so `n` and some `df` change),
/// every pair of old sentences' cosine moves by no more than the sum of their turns.
struct TimelineDriftTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func theTurnsBoundEveryCosinesMove(seed: UInt64) {
        var g = IncrementalCorpusTests.Generator(state: seed)
        let letters = Array("بتثجحخدذرزسشصضطظعغفقكلمنهي").map(String.init)
        let vocabulary = (0..<120).map { letters[$0 % letters.count] + "ا" + letters[$0 / letters.count] + "ر" }
        func sentence(_ terms: inout SentenceTerms) -> [TermRun] {
            // Zipf-like: a few common words, many rare ones.
            let words = (0..<(4 + g.next(10))).map { _ in vocabulary[min(g.next(vocabulary.count), g.next(vocabulary.count))] }
            return terms.runs(of: words)
        }
        var terms = SentenceTerms()
        var old: [[TermRun]] = []
        var candidates = 0
        for _ in 0..<(50 + g.next(300)) {
            let runs = sentence(&terms)
            terms.count(runs, by: 1)
            if SentenceTerms.isCounted(runs) { candidates += 1 }
            old.append(runs)
        }
        for _ in 0..<5 {
            let before = TimelineState(terms: terms, candidateCount: candidates, runs: [], margins: [], near: [], agreeing: [])
            let oldTermCount = terms.documentFrequency.count
            var previous: [Int32: Int32] = [:]
            var added = 0
            for _ in 0..<(1 + g.next(3)) {
                let runs = sentence(&terms)
                guard SentenceTerms.isCounted(runs) else { continue }
                for r in runs where Int(r.term) < oldTermCount && previous[r.term] == nil {
                    previous[r.term] = terms.documentFrequency[Int(r.term)]
                }
                terms.count(runs, by: 1)
                added += 1
            }
            let drift = TimelineDrift(before: before, after: terms, candidates: candidates + added, previousFrequency: previous)
            let turns = old.map { drift.rotation(of: $0) }
            var worst = 0.0
            for i in old.indices {
                for j in old.indices where j < i {
                    let was = SentenceTerms.cosine(before.terms.vector(old[i], n: candidates), before.terms.vector(old[j], n: candidates))
                    let now = SentenceTerms.cosine(terms.vector(old[i], n: candidates + added),
                                                   terms.vector(old[j], n: candidates + added))
                    let moved = Double(abs(now - was))
                    #expect(moved <= turns[i] + turns[j], "seed \(seed): \(i), \(j) moved \(moved), turns \(turns[i]) + \(turns[j])")
                    if turns[i] + turns[j] < .infinity { worst = max(worst, moved / (turns[i] + turns[j])) }
                }
            }
            // The bound is not vacuous: some pair moves by a fair share of it.
            #expect(added == 0 || worst > 0.01, "seed \(seed): largest share of the bound \(worst)")
            candidates += added
        }
    }
}

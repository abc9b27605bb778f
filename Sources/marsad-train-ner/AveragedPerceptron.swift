import EntityModel

/// Trains a first-order sequence labeller with the averaged structured perceptron (Collins 2002):
/// decode each sentence with the current weights, move weights toward the gold path where the
/// prediction differs, and keep the average of the weights over every step (which generalises
/// far better than the last weights). Deterministic: sentences are shuffled with a seeded generator.
struct AveragedPerceptron {
    /// Each feature hash → its row.
    private(set) var rows: [UInt64: Int32] = [:]
    private var weights: [Float] = []
    private var totals: [Float] = []
    private var transition = [Float](repeating: 0, count: (NERTag.count + 1) * NERTag.count)
    private var transitionTotals = [Float](repeating: 0, count: (NERTag.count + 1) * NERTag.count)
    private var step: Float = 1

    struct Example {
        var rows: [[Int32]]
        var gold: [NERTag]
    }

    /// Rows of `features`, creating rows for new features.
    mutating func index(_ features: [[UInt64]]) -> [[Int32]] {
        features.map { token in
            token.map { f in
                if let r = rows[f] { return r }
                let r = Int32(rows.count)
                rows[f] = r
                weights.append(contentsOf: repeatElement(0, count: NERTag.count))
                totals.append(contentsOf: repeatElement(0, count: NERTag.count))
                return r
            }
        }
    }

    func decode(_ example: Example) -> [NERTag] {
        let emissions = example.rows.map { token -> [Float] in
            var row = [Float](repeating: 0, count: NERTag.count)
            for r in token {
                let base = Int(r) * NERTag.count
                for t in 0..<NERTag.count { row[t] += weights[base + t] }
            }
            return row
        }
        return ViterbiDecoder.decode(emissions: emissions, transition: transition)
    }

    private mutating func update(row: Int32, tag: NERTag, by delta: Float) {
        let i = Int(row) * NERTag.count + tag.rawValue
        weights[i] += delta
        totals[i] += step * delta
    }

    private mutating func updateTransition(_ previous: NERTag?, _ tag: NERTag, by delta: Float) {
        let i = (previous?.rawValue ?? NERTag.count) * NERTag.count + tag.rawValue
        transition[i] += delta
        transitionTotals[i] += step * delta
    }

    /// One pass over `examples` in the order given by `order`.
    mutating func epoch(_ examples: [Example], order: [Int]) -> Int {
        var mistakes = 0
        for e in order {
            let example = examples[e]
            let predicted = decode(example)
            if predicted != example.gold {
                mistakes += 1
                for i in example.gold.indices {
                    let g = example.gold[i], p = predicted[i]
                    if g != p {
                        for r in example.rows[i] {
                            update(row: r, tag: g, by: 1)
                            update(row: r, tag: p, by: -1)
                        }
                    }
                    let gPrev: NERTag? = i > 0 ? example.gold[i - 1] : nil
                    let pPrev: NERTag? = i > 0 ? predicted[i - 1] : nil
                    if g != p || gPrev != pPrev {
                        updateTransition(gPrev, g, by: 1)
                        updateTransition(pPrev, p, by: -1)
                    }
                }
            }
            step += 1
        }
        return mistakes
    }

    /// The averaged weights, keeping features whose largest weight is at least `minimum`.
    func averaged(minimum: Float, nameStarts: [UInt64: Int32]) -> ModelWeights {
        AveragedPerceptron.mixed([self], minimum: minimum, nameStarts: nameStarts)
    }

    /// The mean of the averaged weights of `runs` (the same features indexed, each trained in
    /// another order: iterative parameter mixing, McDonald et al. 2010, in one round), keeping
    /// features whose largest mean weight is at least `minimum`. The order of the training data
    /// moves a single run's dev F1 by ±0.015; the mean of a few runs moves far less.
    static func mixed(_ runs: [AveragedPerceptron], minimum: Float, nameStarts: [UInt64: Int32]) -> ModelWeights {
        precondition(!runs.isEmpty && runs.allSatisfy { $0.rows.count == runs[0].rows.count })
        let share = 1 / Float(runs.count)
        var features: [UInt64] = []
        var emission: [Float] = []
        for (f, r) in runs[0].rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(r) * NERTag.count
            var row = [Float](repeating: 0, count: NERTag.count)
            var largest: Float = 0
            for t in 0..<NERTag.count {
                for run in runs { row[t] += (run.weights[base + t] - run.totals[base + t] / run.step) * share }
                largest = max(largest, abs(row[t]))
            }
            guard largest >= minimum else { continue }
            features.append(f)
            emission += row
        }
        var trans = [Float](repeating: 0, count: runs[0].transition.count)
        for run in runs {
            for i in trans.indices { trans[i] += (run.transition[i] - run.transitionTotals[i] / run.step) * share }
        }
        return ModelWeights(features: features, emission: emission, transition: trans, nameStarts: nameStarts)
    }
}

/// SplitMix64: a small seeded generator, so that training is reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

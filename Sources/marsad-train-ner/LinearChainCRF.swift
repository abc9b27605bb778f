import EntityModel
import Foundation

/// Trains the same first-order model as `AveragedPerceptron` (the same feature rows, the same
/// BIO constraints and Viterbi decoder at run time) as a linear-chain CRF (Lafferty et al. 2001):
/// the conditional log-likelihood of the gold tags with an L2 penalty, maximised by stochastic
/// gradient descent with forward-backward marginals (Bottou's and CRFsuite's `l2sgd`: the L2
/// decay kept as one scale factor, so a step costs only the features of its sentence).
/// Deterministic: sentences are shuffled with a seeded generator.
struct LinearChainCRF {
    let rowCount: Int
    /// Emission weights are `scale * values[row * T + tag]`.
    private var values: [Double]
    private var scale: Double = 1
    /// `(T + 1) × T`: from each tag (the last row: the sentence's start) to each tag.
    private var transition: [Double]
    private static let T = NERTag.count
    /// Whether tag `t` may follow tag `p` (`p == T`: the start).
    private static let allowed: [Bool] = (0...NERTag.count).flatMap { p in
        NERTag.allCases.map { $0.mayFollow(p == NERTag.count ? nil : NERTag(rawValue: p)) }
    }

    init(rowCount: Int) {
        self.rowCount = rowCount
        values = [Double](repeating: 0, count: rowCount * Self.T)
        transition = [Double](repeating: 0, count: (Self.T + 1) * Self.T)
    }

    /// `tags` made valid under BIO: an inside tag that cannot continue what stands before it
    /// opens its mention instead (ANERcorp has a few `I-` after `O`), so the gold path has a
    /// probability.
    static func repaired(_ tags: [NERTag]) -> [NERTag] {
        var out = tags
        for i in out.indices where !out[i].mayFollow(i > 0 ? out[i - 1] : nil) {
            switch out[i] {
            case .insidePerson: out[i] = .beginPerson
            case .insideOrganization: out[i] = .beginOrganization
            case .insideLocation: out[i] = .beginLocation
            default: break
            }
        }
        return out
    }

    /// One pass of stochastic gradient descent over `examples` in `order`; `step` counts the
    /// sentences seen so far (the learning rate decays with it). Returns the summed negative
    /// log-likelihood of the pass.
    mutating func epoch(_ examples: [AveragedPerceptron.Example], order: [Int], step: inout Int,
                        eta0: Double, c2: Double) -> Double {
        let T = Self.T, n = Double(examples.count)
        var loss = 0.0
        for e in order {
            let example = examples[e]
            let length = example.gold.count
            guard length > 0 else { continue }
            let eta = eta0 / (1 + Double(step) / n)
            step += 1
            // L2: w ← (1 − η·2c2/N)·w, kept in the scale.
            scale *= 1 - eta * 2 * c2 / n
            if scale < 1e-9 { renormalise() }
            var emission = [Double](repeating: 0, count: length * T)
            for i in 0..<length {
                for r in example.rows[i] {
                    let base = Int(r) * T
                    for t in 0..<T { emission[i * T + t] += values[base + t] }
                }
                for t in 0..<T { emission[i * T + t] *= scale }
            }
            let (marginals, pairs, logZ) = forwardBackward(emission: emission, length: length)
            let gold = example.gold
            var goldScore = transition[T * T + gold[0].rawValue]
            for i in 0..<length {
                goldScore += emission[i * T + gold[i].rawValue]
                if i > 0 { goldScore += transition[gold[i - 1].rawValue * T + gold[i].rawValue] }
            }
            loss += logZ - goldScore
            // Gradient of the negative log-likelihood: expected minus observed counts.
            let step = eta / scale
            for i in 0..<length {
                var g = [Double](repeating: 0, count: T)
                for t in 0..<T { g[t] = marginals[i * T + t] }
                g[gold[i].rawValue] -= 1
                for r in example.rows[i] {
                    let base = Int(r) * T
                    for t in 0..<T where g[t] != 0 { values[base + t] -= step * g[t] }
                }
            }
            for t in 0..<T { transition[T * T + t] -= eta * marginals[t] }
            transition[T * T + gold[0].rawValue] += eta
            for i in 1..<max(length, 1) where i < length {
                for p in 0..<T {
                    for t in 0..<T { transition[p * T + t] -= eta * pairs[(i - 1) * T * T + p * T + t] }
                }
                transition[gold[i - 1].rawValue * T + gold[i].rawValue] += eta
            }
        }
        return loss
    }

    private mutating func renormalise() {
        for i in values.indices { values[i] *= scale }
        scale = 1
    }

    /// Marginals of each token's tag, of each adjacent pair (`(i − 1, i)` at `(i − 1) * T * T`),
    /// and log Z, under the BIO constraints.
    private func forwardBackward(emission: [Double], length: Int) -> ([Double], [Double], Double) {
        let T = Self.T
        let allowed = Self.allowed
        var alpha = [Double](repeating: -.infinity, count: length * T)
        var beta = [Double](repeating: -.infinity, count: length * T)
        for t in 0..<T where allowed[T * T + t] { alpha[t] = emission[t] + transition[T * T + t] }
        for i in 1..<max(length, 1) where i < length {
            for t in 0..<T {
                var terms: [Double] = []
                for p in 0..<T where allowed[p * T + t] && alpha[(i - 1) * T + p] > -.infinity {
                    terms.append(alpha[(i - 1) * T + p] + transition[p * T + t])
                }
                alpha[i * T + t] = Self.logSumExp(terms) + emission[i * T + t]
            }
        }
        for t in 0..<T { beta[(length - 1) * T + t] = 0 }
        for i in stride(from: length - 2, through: 0, by: -1) {
            for p in 0..<T {
                var terms: [Double] = []
                for t in 0..<T where allowed[p * T + t] {
                    terms.append(transition[p * T + t] + emission[(i + 1) * T + t] + beta[(i + 1) * T + t])
                }
                beta[i * T + p] = Self.logSumExp(terms)
            }
        }
        let logZ = Self.logSumExp((0..<T).map { alpha[(length - 1) * T + $0] })
        var marginals = [Double](repeating: 0, count: length * T)
        for i in 0..<(length * T) where alpha[i] > -.infinity && beta[i] > -.infinity {
            marginals[i] = exp(alpha[i] + beta[i] - logZ)
        }
        var pairs = [Double](repeating: 0, count: max(0, length - 1) * T * T)
        for i in 1..<max(length, 1) where i < length {
            for p in 0..<T where alpha[(i - 1) * T + p] > -.infinity {
                for t in 0..<T where allowed[p * T + t] {
                    pairs[(i - 1) * T * T + p * T + t] = exp(alpha[(i - 1) * T + p] + transition[p * T + t]
                        + emission[i * T + t] + beta[i * T + t] - logZ)
                }
            }
        }
        return (marginals, pairs, logZ)
    }

    private static func logSumExp(_ terms: [Double]) -> Double {
        guard let top = terms.max(), top > -.infinity else { return -.infinity }
        return top + log(terms.reduce(0) { $0 + exp($1 - top) })
    }

    /// The weights, keeping features whose largest weight is at least `minimum`; `rows` maps
    /// each feature hash to its row (the perceptron's index).
    func weights(rows: [UInt64: Int32], minimum: Float, nameStarts: [UInt64: Int32]) -> ModelWeights {
        let T = Self.T
        var features: [UInt64] = []
        var emission: [Float] = []
        for (f, r) in rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(r) * T
            let row = (0..<T).map { Float(values[base + $0] * scale) }
            guard row.contains(where: { abs($0) >= minimum }) else { continue }
            features.append(f)
            emission += row
        }
        return ModelWeights(features: features, emission: emission, transition: transition.map { Float($0) },
                            nameStarts: nameStarts)
    }
}

/// Finds the best tag sequence of a sentence under a first-order model: emission scores per
/// token and tag, transition scores between tags, BIO constraints as forbidden transitions.
public enum ViterbiDecoder {
    /// The best tags for `emissions` (one row of `NERTag.count` scores per token).
    public static func decode(emissions: [[Float]], transition: [Float]) -> [NERTag] {
        decode(flatEmissions: Array(emissions.joined()), transition: transition)
    }

    /// For each tag, the tags it may follow under BIO, in tag order (the order the decoder
    /// tries them in, which breaks ties as trying every tag and skipping the forbidden did).
    static let predecessors: [[Int]] = NERTag.allCases.map { t in
        NERTag.allCases.filter { t.mayFollow($0) }.map(\.rawValue)
    }

    /// The best tags for `flatEmissions`: token `i`'s score for tag `t` at `i * NERTag.count + t`.
    public static func decode(flatEmissions emissions: [Float], transition: [Float]) -> [NERTag] {
        let T = NERTag.count, n = emissions.count / T
        guard n > 0 else { return [] }
        let tags = NERTag.allCases
        var score = [Float](repeating: -.infinity, count: T)
        var back = [UInt8](repeating: 0, count: n * T)
        for t in 0..<T where tags[t].mayFollow(nil) {
            score[t] = emissions[t] + transition[T * T + t]
        }
        var next = [Float](repeating: 0, count: T)
        let predecessors = Self.predecessors
        emissions.withUnsafeBufferPointer { emissions in
            transition.withUnsafeBufferPointer { transition in
                for i in 1..<max(n, 1) where i < n {
                    for t in 0..<T {
                        var best: Float = -.infinity, arg = 0
                        for p in predecessors[t] where score[p] > -.infinity {
                            let s = score[p] + transition[p * T + t]
                            if s > best { best = s; arg = p }
                        }
                        next[t] = best + emissions[i * T + t]
                        back[i * T + t] = UInt8(truncatingIfNeeded: arg)
                    }
                    swap(&score, &next)
                }
            }
        }
        var last = 0
        for t in 1..<T where score[t] > score[last] { last = t }
        var path = [NERTag](repeating: .outside, count: n)
        var t = last
        for i in stride(from: n - 1, through: 0, by: -1) {
            path[i] = tags[t]
            t = Int(back[i * T + t])
        }
        return path
    }
}

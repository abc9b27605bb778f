/// Durations of repeated operations and their percentiles.
struct LatencySample {
    private(set) var values: [Duration] = []

    mutating func add(_ d: Duration) { values.append(d) }

    /// The `p`th percentile (0…100), nearest rank.
    func percentile(_ p: Double) -> Duration {
        guard !values.isEmpty else { return .zero }
        let sorted = values.sorted()
        let rank = min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))
        return sorted[rank]
    }
}

extension Duration {
    /// Milliseconds as a Double.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}

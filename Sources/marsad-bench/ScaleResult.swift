/// The figures of one measured corpus size, passed from the child process that measured them
/// to the parent as one `key=value` line.
struct ScaleResult {
    var articles = 0
    var rawBytes = 0
    var load: Double = 0
    var analysis: Double = 0
    var corpus: Double = 0
    var snapshot: Double = 0
    var index: Double = 0
    var resident = 0
    var peak = 0
    /// Heap bytes in use at the RSS reading (`HeapUsage`): RSS less this is code, stacks and
    /// free memory the allocator keeps resident.
    var heap = 0
    var routerP50: Double = 0
    var routerP99: Double = 0
    var indexP50: Double = 0
    var indexP99: Double = 0
    /// The same latencies in thread CPU time (ms).
    var routerCPUP50: Double = 0
    var routerCPUP99: Double = 0
    var indexCPUP50: Double = 0
    var indexCPUP99: Double = 0
    /// Process CPU seconds of load + analysis + corpus + snapshot (all threads).
    var buildCPU: Double = 0
    var entities = 0
    var events = 0

    /// Seconds from raw text to a snapshot ready to serve.
    var total: Double { load + analysis + corpus + snapshot }

    private static var keys: [(String, WritableKeyPath<ScaleResult, Double>)] { [
        ("load", \.load), ("analysis", \.analysis), ("corpus", \.corpus), ("snapshot", \.snapshot),
        ("index", \.index), ("routerP50", \.routerP50), ("routerP99", \.routerP99),
        ("indexP50", \.indexP50), ("indexP99", \.indexP99),
        ("routerCPUP50", \.routerCPUP50), ("routerCPUP99", \.routerCPUP99),
        ("indexCPUP50", \.indexCPUP50), ("indexCPUP99", \.indexCPUP99), ("buildCPU", \.buildCPU),
    ] }
    private static var intKeys: [(String, WritableKeyPath<ScaleResult, Int>)] { [
        ("articles", \.articles), ("rawBytes", \.rawBytes), ("resident", \.resident), ("peak", \.peak), ("heap", \.heap),
        ("entities", \.entities), ("events", \.events),
    ] }

    /// The line the child prints.
    var line: String {
        "RESULT " + (Self.intKeys.map { "\($0.0)=\(self[keyPath: $0.1])" } + Self.keys.map { "\($0.0)=\(self[keyPath: $0.1])" })
            .joined(separator: " ")
    }

    /// Parses a child's `RESULT` line.
    init?(line: Substring) {
        guard line.hasPrefix("RESULT ") else { return nil }
        var fields: [Substring: Substring] = [:]
        for pair in line.dropFirst(7).split(separator: " ") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { fields[kv[0]] = kv[1] }
        }
        for (key, path) in Self.intKeys { self[keyPath: path] = fields[Substring(key)].flatMap { Int($0) } ?? 0 }
        for (key, path) in Self.keys { self[keyPath: path] = fields[Substring(key)].flatMap { Double($0) } ?? 0 }
    }

    init() {}
}

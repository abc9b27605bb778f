import Foundation

/// `marsad-bench`: the in-process scale benchmark. The parent runs each measurement in a fresh
/// child process (so memory figures and cold start-up are per size) and prints the tables.
@main
enum BenchMain {
    static func main() {
        do {
            let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
            if let path = options.realNews {
                for line in try RealNewsGroups(path: path, sample: options.realNewsSample, seed: options.realNewsSeed).run() {
                    print(line)
                }
            } else if let count = options.loopCount {
                let query = (options.loopQuery.isEmpty ? [] : [("q", options.loopQuery)]) + options.loopParameters
                let each = try SearchLoop(folder: options.seeds, bodyBudget: options.loopBodyBudget,
                                          syntheticArticles: options.loopArticles).run(count: count, path: options.loopPath, query: query)
                print(String(format: "%@: %.1f µs CPU per request", options.loopPath, each * 1e6))
            } else if let size = options.digestSize {
                let generator = try SyntheticCorpus(seedFolder: options.seeds)
                for line in try APIDigest(generator: generator, seeds: options.seeds).run(size: size) { print(line) }
            } else if let path = options.matchPairs {
                for line in try MatchPairRun(path: path).run() { print(line) }
            } else if let path = options.writeCost {
                for line in try WriteCostRun(path: path, articles: options.writeArticles).run() { print(line) }
            } else if let path = options.realCorpus {
                try RealCorpusRun(corpus: path, queries: options.realQueries).run()
            } else if let folder = options.breakdownData {
                for line in try MemoryBreakdown.run(dataFolder: folder) { print(line) }
            } else if let size = options.breakdownSize {
                let generator = try SyntheticCorpus(seedFolder: options.seeds)
                for line in MemoryBreakdown(generator: generator).run(size: size) { print(line) }
            } else if let size = options.childSize {
                let generator = try SyntheticCorpus(seedFolder: options.seeds)
                print(try ScaleRun(generator: generator, rounds: options.rounds).run(size: size).line)
            } else if options.childStartup {
                let t = try StartupRun(folder: options.seeds).run()
                print("STARTUP load=\(t.load) corpus=\(t.corpus) snapshot=\(t.snapshot)")
            } else {
                try parent(options)
            }
        } catch {
            FileHandle.standardError.write(Data("marsad-bench: \(error)\n".utf8))
            exit(2)
        }
    }

    static func parent(_ options: BenchOptions) throws {
        let common = ["--seeds", options.seeds, "--rounds", String(options.rounds)]
        if options.startupRuns > 0 {
            var totals: [(Double, Double, Double)] = []
            for _ in 0..<options.startupRuns {
                let line = try child(common + ["--child-startup"], prefix: "STARTUP ")
                let f = fields(line)
                totals.append((f["load"] ?? 0, f["corpus"] ?? 0, f["snapshot"] ?? 0))
            }
            print("== Start-up on \(options.seeds) (cold process, load -> snapshot ready; target < 1 s)")
            for (i, t) in totals.enumerated() {
                print(String(format: "run %d: load %.3f s  analysis+corpus %.3f s  snapshot %.3f s  total %.3f s",
                             i + 1, t.0, t.1, t.2, t.0 + t.1 + t.2))
            }
        }
        var results: [ScaleResult] = []
        for size in options.sizes {
            FileHandle.standardError.write(Data("marsad-bench: measuring \(size) articles…\n".utf8))
            let line = try child(common + ["--child-size", String(size)], prefix: "RESULT ")
            guard let result = ScaleResult(line: Substring(line)) else { throw BenchError("bad child output: \(line)") }
            results.append(result)
        }
        ScaleReport(results: results).print()
    }

    /// Runs this executable with `arguments` and returns its line starting with `prefix`.
    static func child(_ arguments: [String], prefix: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else {
            throw BenchError("child \(arguments.joined(separator: " ")) failed (\(process.terminationStatus))")
        }
        return String(line)
    }

    static func fields(_ line: String) -> [String: Double] {
        var result: [String: Double] = [:]
        for pair in line.split(separator: " ").dropFirst() {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { result[String(kv[0])] = Double(kv[1]) }
        }
        return result
    }
}

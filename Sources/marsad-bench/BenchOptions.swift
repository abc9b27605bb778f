import NewsAPI

/// The command line of `marsad-bench`.
struct BenchOptions {
    /// Corpus sizes to measure, each in a fresh child process.
    var sizes = [1000, 10000]
    var seeds = "seeds"
    /// Rounds of the query mix per size.
    var rounds = 30
    /// Cold start-ups (child processes) on the seed folder.
    var startupRuns = 3
    /// Internal: measure this one size and print a `RESULT` line.
    var childSize: Int?
    /// Internal: measure one start-up and print a `STARTUP` line.
    var childStartup = false
    /// For profilers: answer this API path (with `?q=…` when `loopQuery` is set) this many times on the seeds.
    var loopCount: Int?
    var loopPath = "/api/search"
    var loopQuery = "بنغازي"
    /// With `--loop`: further query parameters (`from=2011`, `entity=top`), and a synthetic corpus size.
    var loopParameters: [(String, String)] = []
    var loopArticles: Int?
    /// With `--loop`: bytes of article bodies the snapshot keeps encoded (0: every body encoded per request).
    var loopBodyBudget = Snapshot.encodedBodyBudget
    /// For refactoring checks: print digests of every API read over the seeds and this many synthetic articles.
    var digestSize: Int?
    /// Print the heap taken by each structure of a snapshot of this many synthetic articles.
    var breakdownSize: Int?
    /// `--breakdown-data FOLDER`: the breakdown of a data folder's journal (see `MemoryBreakdown`).
    var breakdownData: String?
    /// Event groups of a real JSON-lines corpus (`--real-news FILE`), with `--sample N` groups printed.
    var realNews: String?
    var realNewsSample = 0
    var realNewsSeed: UInt64 = 1
    /// Score the labelled morphology pairs of this TSV file.
    var matchPairs: String?
    /// Judge and time analyst queries (one a line in `realQueries`) on this JSONL(.gz) corpus.
    var realCorpus: String?
    var realQueries = "scripts/search-eval/analyst-queries.txt"
    /// Time one write, part by part, on the first `writeArticles` articles of this JSONL(.gz) corpus.
    var writeCost: String?
    var writeArticles = 5000

    static let usage = """
        usage: marsad-bench [--sizes 1000,10000,100000] [--seeds DIR] [--rounds N] [--startup-runs N]
               marsad-bench --loop N [--loop-path /api/search] [--loop-q WORDS] [--loop-body-budget BYTES]
                 [--loop-param NAME=VALUE …] [--loop-articles N]   (for profilers; entity=top: the most mentioned entity)
               marsad-bench --breakdown N    (heap bytes of each snapshot structure)
               marsad-bench --breakdown-data FOLDER   (the same for a --data folder's journal, with its analysis cache)
               marsad-bench --api-digest N   (digests of every API read, to compare two builds' output)
               marsad-bench --real-news FILE.jsonl[.gz] [--sample N] [--sample-seed S]   (event group sizes)
               marsad-bench --match-pairs FILE   (the labelled morphology set: share answered as labelled)
               marsad-bench --real FILE.jsonl[.gz] [--real-queries FILE]   (top-10 and latency of analyst queries)
               marsad-bench --write-cost FILE.jsonl[.gz] [--write-articles N]   (one write's cost, part by part)
          Generates synthetic Arabic corpora from the seed sentences (deterministic), and measures
          load/analysis/index time, resident memory and search latency per size, plus start-up on DIR.
        """

    init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let v = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
            return v
        }
        func number(_ flag: String) throws -> Int {
            let text = try value(flag)
            guard let n = Int(text), n >= 0 else { throw BenchError("\(flag): '\(text)' is not a count") }
            return n
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--sizes":
                let text = try value(flag)
                sizes = try text.split(separator: ",").map {
                    guard let n = Int($0), n > 0 else { throw BenchError("--sizes: '\($0)' is not a size") }
                    return n
                }
            case "--seeds": seeds = try value(flag)
            case "--rounds": rounds = max(1, try number(flag))
            case "--startup-runs": startupRuns = try number(flag)
            case "--child-size": childSize = try number(flag)
            case "--child-startup": childStartup = true
            case "--loop": loopCount = try number(flag)
            case "--loop-path": loopPath = try value(flag)
            case "--loop-q": loopQuery = try value(flag)
            case "--loop-body-budget": loopBodyBudget = try number(flag)
            case "--loop-param":
                let text = try value(flag)
                guard let eq = text.firstIndex(of: "=") else { throw BenchError("--loop-param: '\(text)' is not name=value") }
                loopParameters.append((String(text[..<eq]), String(text[text.index(after: eq)...])))
            case "--loop-articles": loopArticles = try number(flag)
            case "--api-digest": digestSize = try number(flag)
            case "--breakdown": breakdownSize = try number(flag)
            case "--breakdown-data": breakdownData = try value(flag)
            case "--real-news": realNews = try value(flag)
            case "--sample": realNewsSample = try number(flag)
            case "--sample-seed": realNewsSeed = UInt64(try number(flag))
            case "--match-pairs": matchPairs = try value(flag)
            case "--real": realCorpus = try value(flag)
            case "--write-cost": writeCost = try value(flag)
            case "--write-articles": writeArticles = try number(flag)
            case "--real-queries": realQueries = try value(flag)
            case "-h", "--help": throw BenchError(Self.usage)
            default: throw BenchError("unknown option \(flag)\n\(Self.usage)")
            }
        }
    }
}

/// A usage error, printed as is.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

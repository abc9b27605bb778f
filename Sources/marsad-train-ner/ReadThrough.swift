import ArabicText
import ArgumentParser
import EntityModel
import Foundation

/// Runs the rules and the model over real articles (a JSONL file, gzip or not) in one process:
/// analysis speed of each (their ratio is the figure, the machine being shared and noisy) and the
/// most mentioned names of each type, to read what the model gets wrong. Nothing is written.
struct ReadThrough: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read-through", abstract: "Speed and top entities of rules and model on real articles (JSONL).")
    @Option(help: "Articles, one JSON object a line with `text` (and `title`).")
    var articles = "../shared/data/saudinewsnet/articles.jsonl.gz"
    @Option(help: "Read at most this many articles.") var limit = 31_030
    @Option(help: "Names listed per type.") var top = 60
    @Flag(help: "Print only the speed figures.") var speedOnly = false
    @Option(help: "Runs of each recogniser over the articles, alternately (the least CPU time counts).") var rounds = 3
    @Flag(help: "Also resolve the model's mentions across the articles (as the corpus does) and list the top entities with their aliases.")
    var resolved = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: articles) else {
            print("skipped: \(articles) is not there")
            return
        }
        let texts = try Self.load(articles, limit: limit)
        let tokens = texts.reduce(0) { $0 + Tokenizer.tokens(in: $1).count }
        print("\(texts.count) articles, \(tokens) words")
        guard let learned = LearnedEntityRecognizer.shipped else { throw ValidationError("the shipped weights did not load") }
        // Each recognizer runs `rounds` times, alternately; the figure is the least CPU time of
        // this thread (what the machine's other load changes least), and its ratio to the rules'.
        var seconds: [String: Double] = [:]
        let recognizers: [(String, any EntityRecognizing)] = [("rules", EntityRecognizer()), ("model", learned)]
        for round in 1...rounds {
            for (label, recognizer) in recognizers {
                var found: [[EntityMention]] = []
                found.reserveCapacity(texts.count)
                let before = Self.threadCPUSeconds()
                // As the server analyses a corpus: one worker per thread over a run of articles.
                let worker = recognizer.worker()
                for text in texts { found.append(worker.recognize(in: text)) }
                let s = Self.threadCPUSeconds() - before
                seconds[label] = min(seconds[label] ?? .infinity, s)
                print(String(format: "round %d %@: %.1f s CPU, %.2f ms an article, %.0f words/s", round, label, s,
                             1000 * s / Double(texts.count), Double(tokens) / s))
                guard !speedOnly, round == 1 else { continue }
                var counts: [EntityType: [String: Int]] = [:]
                for mentions in found {
                    for m in mentions { counts[m.type, default: [:]][ArabicNormalizer.normalize(m.name), default: 0] += 1 }
                }
                for type in EntityType.allCases {
                    let best = (counts[type] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top)
                    print("\(label) top \(type.rawValue): " + best.map { "\($0.key) \($0.value)" }.joined(separator: " · "))
                }
                if resolved, label == "model" { Self.printResolved(found, top: top) }
            }
        }
        if let r = seconds["rules"], let m = seconds["model"] {
            print(String(format: "least CPU: rules %.2f s, model %.2f s; model / rules: %.2fx", r, m, m / r))
        }
    }

    /// The entities the corpus would resolve from `found` (one list a document), the `top` of
    /// each type by mentions, each with its most frequent aliases: where one person is split.
    static func printResolved(_ found: [[EntityMention]], top: Int) {
        let entities = EntityResolver.resolve(found)
        for type in EntityType.allCases {
            let best = entities.filter { $0.type == type }.sorted { $0.mentions.count > $1.mentions.count }.prefix(top)
            print("resolved top \(type.rawValue):")
            for e in best {
                var aliasCounts: [String: Int] = [:]
                for r in e.mentions { aliasCounts[found[r.document][r.mention].name, default: 0] += 1 }
                let aliases = aliasCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4).map { "\($0.key) \($0.value)" }
                print("  \(e.name) \(e.mentions.count): " + aliases.joined(separator: " · "))
            }
        }
    }

    /// CPU time this thread has used, in seconds.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func load(_ path: String, limit: Int) throws -> [String] {
        var data: Data
        if path.hasSuffix(".gz") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/gzip")
            process.arguments = ["-dc", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
        } else {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        struct Record: Decodable { var title: String?; var text: String? }
        var texts: [String] = []
        var start = data.startIndex
        while start < data.endIndex, texts.count < limit {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            let line = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            guard let r = try? JSONDecoder().decode(Record.self, from: line) else { continue }
            let text = [r.title, r.text].compactMap { $0 }.joined(separator: "\n\n")
            if !text.isEmpty { texts.append(text) }
        }
        return texts
    }
}

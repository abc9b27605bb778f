import ArgumentParser
import Foundation

/// `marsad import FILE.jsonl[.gz]`: sends a JSON Lines file of articles to a running server's
/// bulk import (`POST /api/articles/bulk`) in batches, and prints the totals as JSON. Rejected
/// lines are reported with their line number in the file. Idempotent: importing the same file
/// again adds nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a JSON Lines file of articles (.jsonl or .jsonl.gz) into a running Marsad server.",
        discussion: "One article a line: title, text, and optionally published, source, url, id. The server needs MARSAD_API_TOKEN; set the same variable here.")

    @Argument(help: "The JSON Lines file; .gz files are decompressed with gzip -dc.")
    var file: String

    @Option(help: "The server's base URL (env MARSAD_SERVER; default http://127.0.0.1:8080).")
    var server: String?

    @Option(name: .customLong("batch-lines"), help: "Articles per request.")
    var batchLines: Int = 20000

    @Option(name: .customLong("batch-bytes"), help: "Most bytes per request (the server accepts 64 MiB).")
    var batchBytes: Int = 60 << 20

    func validate() throws {
        guard batchLines > 0 else { throw ValidationError("--batch-lines must be positive.") }
        guard batchBytes > 0 else { throw ValidationError("--batch-bytes must be positive.") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let client = try BulkClient(server: server ?? environment["MARSAD_SERVER"] ?? "http://127.0.0.1:8080",
                                    token: environment["MARSAD_API_TOKEN"].flatMap { $0.isEmpty ? nil : $0 })
        let source = try LineSource(path: file)
        var totals = ImportTotals()
        let started = ContinuousClock.now
        var batch: [UInt8] = []
        var batchCount = 0
        var firstLine = 1
        var lineNumber = 0
        func flush() throws {
            guard batchCount > 0 else { return }
            let (status, body) = try client.post(batch)
            guard status == 200 else {
                throw ImportError("the server answered \(status) to lines \(firstLine)-\(lineNumber): \(String(decoding: body.prefix(500), as: UTF8.self))")
            }
            try totals.add(body, lineOffset: firstLine - 1)
            FileHandle.standardError.write(Data("lines \(firstLine)-\(lineNumber): \(totals.summary) after \(started.duration(to: .now))\n".utf8))
            batch.removeAll(keepingCapacity: true)
            batchCount = 0
            firstLine = lineNumber + 1
        }
        while let line = try source.next() {
            if batchCount > 0, batch.count + line.count + 1 > batchBytes { try flush() }
            lineNumber += 1
            batch.append(contentsOf: line)
            batch.append(0x0A)
            batchCount += 1
            if batchCount >= batchLines { try flush() }
        }
        try flush()
        let elapsed = started.duration(to: .now)
        FileHandle.standardError.write(Data("imported \(lineNumber) lines in \(elapsed)\n".utf8))
        print(String(decoding: totals.json, as: UTF8.self))
    }
}

/// The bulk answers of an import, added up; rejected lines renumbered within the file.
struct ImportTotals {
    var added = 0, updated = 0, unchanged = 0
    var rejected: [[String: Any]] = []

    mutating func add(_ body: [UInt8], lineOffset: Int) throws {
        guard let json = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw ImportError("the server's answer is not a JSON object")
        }
        added += json["added"] as? Int ?? 0
        updated += json["updated"] as? Int ?? 0
        unchanged += json["unchanged"] as? Int ?? 0
        for var item in json["rejected"] as? [[String: Any]] ?? [] {
            item["line"] = (item["line"] as? Int ?? 0) + lineOffset
            rejected.append(item)
        }
    }

    var summary: String { "\(added) added, \(updated) updated, \(unchanged) unchanged, \(rejected.count) rejected" }

    var json: Data {
        (try? JSONSerialization.data(withJSONObject: ["added": added, "updated": updated, "unchanged": unchanged,
                                                     "rejected": rejected], options: [.sortedKeys])) ?? Data()
    }
}

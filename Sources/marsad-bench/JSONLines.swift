import Foundation

/// Reads a JSON Lines corpus for the real-news benchmarks (`--real`, `--real-news`).
enum JSONLines {
    /// The lines of a JSONL file, gunzipped first when it ends in `.gz`.
    static func lines(of path: String) throws -> [Substring] {
        let data: Data
        if path.hasSuffix(".gz") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "gzip -dc \"$0\"", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
        } else {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
    }
}

import Foundation

/// The lines of a JSON Lines file, read a block at a time; a `.gz` file (or one starting with
/// gzip's magic bytes) is decompressed by `gzip -dc` in a child process, since Foundation has
/// no gzip reader on Linux.
final class LineSource {
    private let handle: FileHandle
    private let process: Process?
    private var pending: [UInt8] = []
    /// Where the unread part of `pending` starts.
    private var start = 0
    private var finished = false

    init(path: String) throws {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw ImportError("cannot open \(path)")
        }
        let magic = try file.read(upToCount: 2) ?? Data()
        if path.hasSuffix(".gz") || magic == Data([0x1F, 0x8B]) {
            try file.close()
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            gzip.arguments = ["gzip", "-dc", path]
            let pipe = Pipe()
            gzip.standardOutput = pipe
            try gzip.run()
            process = gzip
            handle = pipe.fileHandleForReading
        } else {
            try file.seek(toOffset: 0)
            process = nil
            handle = file
        }
    }

    /// The next line without its line feed (a final line without one included), or nil at the end.
    func next() throws -> [UInt8]? {
        var searchFrom = start
        while true {
            if let newline = pending[searchFrom...].firstIndex(of: 0x0A) {
                let line = Array(pending[start..<newline])
                start = newline + 1
                return line
            }
            if finished {
                guard start < pending.count else { return nil }
                defer { pending.removeAll(); start = 0 }
                return Array(pending[start...])
            }
            // Keep only the unread part before reading more.
            pending.removeFirst(start)
            start = 0
            searchFrom = pending.count
            let block = try handle.read(upToCount: 1 << 20) ?? Data()
            if block.isEmpty {
                finished = true
                if let process {
                    process.waitUntilExit()
                    guard process.terminationStatus == 0 else {
                        throw ImportError("gzip -dc failed with status \(process.terminationStatus)")
                    }
                }
            } else {
                pending.append(contentsOf: block)
            }
        }
    }
}

/// Why an import stopped.
struct ImportError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

import Foundation
import Synchronization

/// The real `marsad` executable run as a child process, for tests of the whole program:
/// signals, exit codes, and what survives a crash.
final class MarsadProcess: Sendable {
    /// The built executable beside the test bundle.
    static var executable: URL? {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("marsad")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = LiveServer.root.appendingPathComponent(".build/debug/marsad")
        return FileManager.default.isExecutableFile(atPath: root.path) ? root : nil
    }

    enum Failure: Error { case noExecutable, noPort(String) }

    let process: Process
    let port: Int
    private let output: LogBuffer

    /// Starts marsad on a free port with `arguments` and `environment`, and waits for its
    /// "listening" line (up to 60 s).
    init(arguments: [String], environment: [String: String] = [:]) throws {
        guard let executable = MarsadProcess.executable else { throw Failure.noExecutable }
        let process = Process()
        process.executableURL = executable
        process.currentDirectoryURL = LiveServer.root
        process.arguments = ["--port", "0", "--corpus", LiveServer.root.appendingPathComponent("seeds").path,
                             "--public", LiveServer.root.appendingPathComponent("Public").path] + arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let output = LogBuffer()
        let found = DispatchSemaphore(value: 0)
        // The child's output is read with blocking reads on a thread of its own, not with
        // `readabilityHandler`: that arms a Dispatch read source per pipe, and tearing such
        // sources down while other tests do the same corrupts libdispatch's epoll bookkeeping on
        // Linux (swift-corelibs-libdispatch #949, swift-corelibs-foundation #3276: the manager
        // thread crashes in `_dispatch_event_loop_drain`, as one CI run of this suite did).
        let reader = pipe.fileHandleForReading
        try process.run()
        Thread {
            while true {
                let data = reader.availableData  // blocks; empty at the end of the child's output
                if data.isEmpty { found.signal(); return }
                let text = output.append(String(decoding: data, as: UTF8.self))
                // Only a whole line: the pipe may deliver "…:358" now and "31\n" later.
                if text.range(of: #"listening on http://[^ \n]*:\d+\n"#, options: .regularExpression) != nil { found.signal() }
            }
        }.start()
        _ = found.wait(timeout: .now() + 60)
        let log = output.text
        guard let range = log.range(of: #"listening on http://[^ \n]*:(\d+)"#, options: .regularExpression),
              let port = Int(log[range].split(separator: ":").last ?? "") else {
            process.terminate()
            throw Failure.noPort(log)
        }
        self.process = process
        self.port = port
        self.output = output
    }

    var log: String { output.text }

    /// Sends `signal` and waits up to 20 s for the process to end; returns its exit status, or
    /// -1 after killing it when it did not stop (so a stuck child fails a test, never hangs it).
    @discardableResult
    func stop(signal: Int32 = SIGTERM) -> Int32 {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return -1
        }
        return process.terminationStatus
    }
}

/// A child's output, appended from the pipe's reader thread and read by the test.
final class LogBuffer: Sendable {
    private let storage = Mutex("")
    /// Appends and returns the whole text so far.
    func append(_ chunk: String) -> String { storage.withLock { $0 += chunk; return $0 } }
    var text: String { storage.withLock { $0 } }
}

#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// SIGTERM and SIGINT stop the real executable, started as a shell starts it (empty signal
/// mask, default dispositions), and it exits 0.
@Suite struct SignalTests {
    @Test(arguments: [SIGTERM, SIGINT])
    func stopsWhenStartedWithAnEmptySignalMask(signal: Int32) throws {
        let executable = try #require(MarsadProcess.executable)
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-signal-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let args = [executable.path, "--port", "0", "--corpus", LiveServer.root.appendingPathComponent("seeds").path,
                    "--public", LiveServer.root.appendingPathComponent("Public").path]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        #expect(posix_spawn(&pid, executable.path, &actions, &attributes, &argv, environ) == 0)

        // Wait (bounded) for the listening line.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("listening on") {
            usleep(20_000)
        }
        #expect(((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("listening on"))

        kill(pid, signal)
        var status: Int32 = 0
        var exited = false
        for _ in 0..<500 {  // up to 10 s
            if waitpid(pid, &status, WNOHANG) == pid { exited = true; break }
            usleep(20_000)
        }
        if !exited {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        #expect(exited, "marsad ignored signal \(signal)")
        #expect(exited && (status & 0x7f) == 0 && (status >> 8) & 0xff == 0, "exit status \(status)")
    }
}

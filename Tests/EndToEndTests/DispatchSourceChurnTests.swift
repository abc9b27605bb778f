import Foundation
import Testing

/// Two Foundation APIs arm a Dispatch source for every pipe or socket they watch and tear it
/// down on their own schedule, which on Linux corrupts libdispatch's epoll bookkeeping under
/// concurrency: the manager thread crashes in `_dispatch_event_loop_drain` with a bad pointer
/// (swift-corelibs-libdispatch #949, swift-corelibs-foundation #3276 and #4791). One CI run of
/// this suite crashed that way. Marsad reads child processes' output with blocking reads and
/// fetches with libcurl directly; this keeps both APIs out of the code and the tests.
@Suite struct DispatchSourceChurnTests {
    /// Every Swift file of the package's sources and tests, with its text.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        for folder in ["Sources", "Tests"] {
            let root = LiveServer.root.appendingPathComponent(folder)
            let walker = try #require(FileManager.default.enumerator(atPath: root.path))
            for case let path as String in walker where path.hasSuffix(".swift") {
                files.append(("\(folder)/\(path)", try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)))
            }
        }
        return files
    }

    @Test func noFileHandleReadabilityHandlers() throws {
        let files = try Self.swiftFiles()
        #expect(files.count > 100)
        // Spelled in two parts so that this file does not name it.
        let api = "readability" + "Handler"
        let users = files.filter { $0.text.contains(api + " =") }.map(\.path)
        #expect(users.isEmpty, "\(api) used in \(users)")
    }

    @Test func noFoundationNetworkingSessions() throws {
        let api = "URL" + "Session("
        let users = try Self.swiftFiles().filter { $0.text.contains(api) }.map(\.path)
        #expect(users.isEmpty, "\(api) used in \(users)")
    }
}

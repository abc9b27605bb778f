import Foundation
import Testing

/// Bulk import through the real executable: `marsad import` against a live server with a data
/// folder, idempotence across runs, gzip, and acknowledged lines surviving SIGKILL.
@Suite(.serialized) struct BulkImportEndToEndTests {
    let token = "bulk-token-\(UUID().uuidString)"

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("marsad-\(name)-\(UUID().uuidString)").path
    }

    static func line(_ id: String, _ n: Int) -> String {
        let object: [String: String] = [
            "id": id, "title": "خبر رقم \(n)", "url": "https://example.org/news/\(n)", "published": "2015-08-01",
            "text": "أعلنت وزارة الداخلية في الرياض يوم \(n % 28 + 1) يوليو 2015 عن افتتاح مركز جديد.\n\nوقال المتحدث إن المركز يخدم \(n) مواطن.",
        ]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Runs `marsad import` and returns its JSON totals.
    func runImport(_ file: String, port: Int, extra: [String] = []) throws -> [String: Any] {
        let process = Process()
        process.executableURL = try #require(MarsadProcess.executable)
        process.arguments = ["import", file, "--server", "http://127.0.0.1:\(port)"] + extra
        var environment = ProcessInfo.processInfo.environment
        environment["MARSAD_API_TOKEN"] = token
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    @Test func importTwiceAddsOnceAndBadLinesAreNumberedInTheFile() throws {
        let data = temporary("bulk-data"), file = temporary("bulk") + ".jsonl"
        defer { for path in [data, file, file + ".gz"] { try? FileManager.default.removeItem(atPath: path) } }
        var lines = (0..<40).map { Self.line("imp-\($0)", $0) }
        lines.insert("{broken", at: 10)
        lines.insert(#"{"title": "بلا نص", "text": "  "}"#, at: 30)
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let server = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        defer { server.stop() }

        let first = try runImport(file, port: server.port, extra: ["--batch-lines", "7"])
        #expect(first["added"] as? Int == 40)
        let rejected = (first["rejected"] as? [[String: Any]] ?? []).compactMap { $0["line"] as? Int }
        #expect(rejected == [11, 31])

        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", file]
        try gzip.run()
        gzip.waitUntilExit()
        let second = try runImport(file + ".gz", port: server.port)
        #expect(second["added"] as? Int == 0)
        #expect(second["unchanged"] as? Int == 40)

        let client = try TestClient(port: server.port)
        #expect(try client.request("/api/articles?limit=1").json["total"] as? Int == 45)
        #expect(try client.request("/api/articles/imp-7").status == 200)
        #expect(try client.request("/api/search?q=" + "المركز".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!).json["total"] as? Int ?? 0 >= 40)
    }

    @Test func acknowledgedLinesSurviveSIGKILLDuringABulkImport() throws {
        let data = temporary("bulk-kill")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let first = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        let acknowledged = IDList()
        let group = DispatchGroup()
        let headers = ["Authorization": "Bearer \(token)", "Content-Type": "application/x-ndjson"]
        for w in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for batch in 0..<100 {
                    let ids = (0..<25).map { "k\(w)-\(batch)-\($0)" }
                    let body = ids.enumerated().map { Self.line($1, w * 10_000 + batch * 25 + $0) }.joined(separator: "\n")
                    guard let reply = try? TestClient(port: first.port).request("/api/articles/bulk", method: "POST", headers: headers, body: body),
                          reply.status == 200, reply.json["added"] as? Int == ids.count else { return }
                    for id in ids { acknowledged.append(id) }
                }
            }
        }
        while acknowledged.count < 100 { usleep(2_000) }
        first.stop(signal: SIGKILL)
        group.wait()
        let ids = acknowledged.all
        #expect(ids.count >= 100)

        let second = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        defer { second.stop() }
        let client = try TestClient(port: second.port)
        var lost: [String] = []
        for id in ids where try client.request("/api/articles/\(id)").status != 200 { lost.append(id) }
        #expect(lost.isEmpty, "acknowledged articles lost: \(lost.prefix(5))")
    }
}

import Foundation
import Testing

/// What the real executable says at start-up: where its articles came from, and a missing UI folder.
@Suite(.serialized) struct StartupLogTests {
    let token = "test-token-\(UUID().uuidString)"

    @Test func replayLogSplitsCorpusAndJournalArticles() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-data-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let first = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        let body = #"{"title": "خبر", "text": "أعلنت وزارة الداخلية في تونس يوم 3 مارس 2021 عن توقيف خلية."}"#
        let reply = try TestClient(port: first.port).request("/api/articles", method: "POST",
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"], body: body)
        #expect(reply.status == 201)
        #expect(first.stop() == 0)

        let second = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        defer { second.stop() }
        #expect(second.log.contains("loaded 6 articles (5 from the corpus folder"), "\(second.log)")
        #expect(second.log.contains("1 from the journal)"), "\(second.log)")
    }

    @Test func missingPublicFolderIsWarnedAbout() throws {
        let missing = "/nonexistent-\(UUID().uuidString)"
        let server = try MarsadProcess(arguments: ["--public", missing])
        defer { server.stop() }
        #expect(server.log.contains("--public folder \(missing) does not exist"), "\(server.log)")
        // The usual folder draws no warning.
        let usual = try MarsadProcess(arguments: [])
        defer { usual.stop() }
        #expect(!usual.log.contains("--public folder"))
    }
}

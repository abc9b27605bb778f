import Foundation
import Testing

/// Feeds through the real executable: the SSRF guard by default, the operator flag, and a
/// subscription that survives a restart through the journal.
@Suite(.serialized) struct FeedSubscriptionTests {
    let token = "test-token-\(UUID().uuidString)"

    func subscribe(_ port: Int, url: String) throws -> TestClient.Reply {
        try TestClient(port: port).request("/api/feeds", method: "POST",
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
            body: #"{"url": "\#(url)", "intervalMinutes": 20}"#)
    }

    @Test func loopbackNeedsTheFlagAndSubscriptionsSurviveARestart() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-feeds-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        // Port 9 (discard): nothing answers there, which is all this test needs. Each failure
        // prints the child's log: a run on another machine once failed here with no more said.
        let feedURL = "http://127.0.0.1:9/rss.xml"

        let guarded = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        let refused = try subscribe(guarded.port, url: feedURL)
        #expect(refused.status == 403, "\(refused.text)\n\(guarded.log)")
        #expect(refused.headers["content-type"]?.hasPrefix("application/problem+json") == true)
        #expect((refused.json["detail"] as? String)?.contains("loopback") == true)
        let fetch = try TestClient(port: guarded.port).request("/api/articles/fetch", method: "POST",
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
            body: #"{"url": "http://localhost:9/news"}"#)
        #expect(fetch.status == 403, "\(fetch.text)\n\(guarded.log)")
        let guardedStatus = guarded.stop()
        #expect(guardedStatus == 0, "\(guarded.log)")

        let allowed = try MarsadProcess(arguments: ["--data", data, "--allow-private-fetch"], environment: ["MARSAD_API_TOKEN": token])
        let created = try subscribe(allowed.port, url: feedURL)
        #expect(created.status == 201, "\(created.text)\n\(allowed.log)")
        let id = try #require(created.json["id"] as? String)
        let allowedStatus = allowed.stop()
        #expect(allowedStatus == 0, "\(allowed.log)")

        let restarted = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        defer { restarted.stop() }
        let feed = try TestClient(port: restarted.port).request("/api/feeds/\(id)")
        #expect(feed.status == 200, "\(feed.text)\n\(restarted.log)")
        #expect(feed.json["url"] as? String == feedURL)
        #expect(feed.json["intervalMinutes"] as? Int == 20)
    }
}

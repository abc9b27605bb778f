import Foundation
import Synchronization
import Testing

/// Writes through the real executable with a data folder: acknowledged writes survive SIGKILL.
@Suite(.serialized) struct DurabilityTests {
    let token = "test-token-\(UUID().uuidString)"

    func dataFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("marsad-data-\(UUID().uuidString)").path
    }

    func post(_ port: Int, title: String) throws -> String? {
        let body = #"{"title": "\#(title)", "text": "أعلنت وزارة الداخلية في تونس يوم 3 مارس 2021 عن توقيف خلية."}"#
        let reply = try TestClient(port: port).request("/api/articles", method: "POST",
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"], body: body)
        guard reply.status == 201, let location = reply.headers["location"] else { return nil }
        return String(location.split(separator: "/").last ?? "")
    }

    @Test func acknowledgedWritesSurviveSIGKILL() throws {
        let data = dataFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let first = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        let acknowledged = IDList()
        let writers = 4
        let group = DispatchGroup()
        for w in 0..<writers {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for i in 0..<200 {
                    guard let id = try? post(first.port, title: "خبر \(w)-\(i)") else { return }
                    acknowledged.append(id)
                }
            }
        }
        // Kill while writes are in flight, once some have been acknowledged.
        while acknowledged.count < 20 { usleep(2_000) }
        first.stop(signal: SIGKILL)
        group.wait()
        let ids = acknowledged.all
        #expect(ids.count >= 20)

        let second = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        defer { second.stop() }
        let client = try TestClient(port: second.port)
        for id in ids {
            #expect(try client.request("/api/articles/\(id)").status == 200, "acknowledged article \(id) was lost")
        }
        let list = try client.request("/api/articles?limit=1000")
        #expect((list.json["total"] as? Int ?? 0) >= 5 + ids.count)
    }

    @Test func deletesAndHiddenSeedsSurviveARestart() throws {
        let data = dataFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let first = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        let id = try #require(try post(first.port, title: "خبر للحذف"))
        let auth = ["Authorization": "Bearer \(token)"]
        #expect(try TestClient(port: first.port).request("/api/articles/\(id)", method: "DELETE", headers: auth).status == 204)
        #expect(try TestClient(port: first.port).request("/api/articles/000_fb78c02459ae3a97", method: "DELETE", headers: auth).status == 204)
        #expect(first.stop() == 0)

        let second = try MarsadProcess(arguments: ["--data", data], environment: ["MARSAD_API_TOKEN": token])
        defer { second.stop() }
        let client = try TestClient(port: second.port)
        #expect(try client.request("/api/articles/\(id)").status == 404)
        #expect(try client.request("/api/articles/000_fb78c02459ae3a97").status == 404)
        #expect(try client.request("/api/articles").json["total"] as? Int == 4)
        // The corpus folder itself is untouched.
        #expect(FileManager.default.fileExists(atPath: LiveServer.root.appendingPathComponent("seeds/000_fb78c02459ae3a97.txt").path))
    }

    @Test func sigtermExitsZeroAndWithoutDataWritesAreDisabledByDefault() throws {
        let server = try MarsadProcess(arguments: [])
        let reply = try TestClient(port: server.port).request("/api/articles", method: "POST",
            headers: ["Content-Type": "application/json"], body: #"{"title":"x","text":"y"}"#)
        #expect(reply.status == 403)
        #expect(server.log.contains("in memory only"))
        #expect(server.stop() == 0)
    }
}

/// Ids acknowledged by concurrent writers.
final class IDList: Sendable {
    private let ids = Mutex<[String]>([])
    func append(_ id: String) { ids.withLock { $0.append(id) } }
    var count: Int { ids.withLock { $0.count } }
    var all: [String] { ids.withLock { $0 } }
}

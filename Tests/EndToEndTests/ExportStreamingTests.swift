import Foundation
import HTTPCore
import HTTPTypes
import NewsAPI
import NewsCorpus
import Testing

/// The exports streamed over a real socket (issue 23 item 2): chunked to HTTP/1.1 with the
/// bytes the whole file had, close-delimited to HTTP/1.0, nothing for HEAD, keep-alive after
/// a chunked body, and a client that leaves half-way does not hurt the server.
@Suite struct ExportStreamingTests {
    static let exports = [
        ("/api/export/entities.csv", "marsad-entities.csv"), ("/api/export/mentions.csv", "marsad-mentions.csv"),
        ("/api/export/timeline.csv", "marsad-timeline.csv"), ("/api/export/graph.graphml", "marsad-graph.graphml"),
        ("/api/export/graph.gexf?limit=1000", "marsad-graph.gexf"), ("/api/export/articles.jsonl", "marsad-articles.jsonl"),
        ("/api/export/mentions.csv?type=person", "marsad-mentions.csv"),
    ]

    /// The file as the router produces it, collected in memory.
    static func whole(_ target: String, store: SnapshotStore) throws -> [UInt8] {
        let router = try NewsService(store: store).router()
        let parts = target.split(separator: "?", maxSplits: 1)
        let pairs = parts.count == 2 ? parts[1].split(separator: "&") : []
        let items: [QueryParameters.Item] = pairs.map { pair in
            let kv = pair.split(separator: "=", maxSplits: 1)
            return QueryParameters.Item(name: String(kv[0]), value: String(kv[1]))
        }
        let response = router.respond(to: Request(method: .get, target: target, path: String(parts[0]), query: QueryParameters(items)))
        #expect(response.stream != nil, "\(target) is streamed")
        return response.collectedBody
    }

    /// The entities file as the export built it in memory before it was streamed.
    static func entitiesAsBefore(_ corpus: Corpus) -> [UInt8] {
        var csv: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name,type,aliases,mentionCount,articleCount\r\n".utf8)
        let ranked = corpus.entities.sorted { x, y in
            if x.mentionCount != y.mentionCount { return x.mentionCount > y.mentionCount }
            if x.articleCount != y.articleCount { return x.articleCount > y.articleCount }
            return x.name < y.name
        }
        for entity in ranked {
            let fields = [entity.id, entity.name, entity.type.rawValue, entity.distinctAliases.joined(separator: " | "),
                          String(entity.mentionCount), String(entity.articleCount)]
            csv += Array(fields.map { $0.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
                .joined(separator: ",").utf8) + [0x0D, 0x0A]
        }
        return csv
    }

    @Test func everyExportIsChunkedOnOneKeptConnectionWithTheWholeFilesBytes() throws {
        try LiveServer.with { live in
            let client = try live.client()
            for (target, name) in Self.exports {
                let reply = try client.request(target)
                #expect(reply.status == 200)
                #expect(reply.headers["transfer-encoding"] == "chunked", "\(target)")
                #expect(reply.headers["content-length"] == nil)
                #expect(reply.headers["content-disposition"] == "attachment; filename=\"\(name)\"")
                #expect(reply.headers["connection"] == nil)
                #expect(reply.body == (try Self.whole(target, store: live.store)), "\(target)")
                #expect(!reply.body.isEmpty)
            }
            // Keep-alive held after the chunked bodies.
            #expect(try client.request("/healthz").status == 200)
        }
    }

    @Test func theEntitiesFileHasTheBytesItHadWhenBuiltWhole() throws {
        try LiveServer.with { live in
            let reply = try live.client().request("/api/export/entities.csv")
            #expect(reply.body == Self.entitiesAsBefore(live.store.snapshot.corpus))
        }
    }

    @Test func http10GetsTheFileEndedByClosing() throws {
        try LiveServer.with { live in
            let client = try live.client()
            try client.send("GET /api/export/articles.jsonl HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            let reply = try client.readReply()
            #expect(reply.status == 200)
            #expect(reply.headers["transfer-encoding"] == nil)
            #expect(reply.headers["connection"] == "close")
            #expect(reply.body == (try Self.whole("/api/export/articles.jsonl", store: live.store)))
        }
    }

    @Test func headHasNoBody() throws {
        try LiveServer.with { live in
            let client = try live.client()
            let head = try client.request("/api/export/mentions.csv", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.headers["content-disposition"] == "attachment; filename=\"marsad-mentions.csv\"")
            #expect(head.body.isEmpty)
            // A body sent after the head would be read here as a status line.
            #expect(try client.request("/healthz").status == 200)
        }
    }

    @Test func aClientLeavingHalfWayDoesNotHurtTheServer() throws {
        try LiveServer.with { live in
            for _ in 0..<3 {
                let client = try live.client()
                try client.send("GET /api/export/articles.jsonl HTTP/1.1\r\nHost: t\r\n\r\n")
                try client.discard(1_000)
            }  // each closed with its body unread
            let next = try live.client()
            #expect(try next.request("/api/export/timeline.csv").status == 200)
            #expect(try next.request("/healthz").status == 200)
        }
    }
}

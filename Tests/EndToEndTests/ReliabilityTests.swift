import Foundation
import HTTPCore
import HTTPServer
import Testing

/// Issue 7: refusals are problem+json with the right status, slow and idle clients never hold
/// up others, and the connection cap answers 503.
@Suite struct ReliabilityTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        var raw: String
        var status: Int
        var testDescription: String { "\(status) " + raw.prefix(40).replacingOccurrences(of: "\r\n", with: "⏎") }
    }

    @Test(arguments: [
        Refusal(raw: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400),
        Refusal(raw: "GET /api/nothing HTTP/1.1\r\nHost: a\r\n\r\n", status: 404),
        Refusal(raw: "DELETE /api/articles HTTP/1.1\r\nHost: a\r\n\r\n", status: 405),
        Refusal(raw: "POST /api/articles HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n", status: 413),
        Refusal(raw: "GET /?q=" + String(repeating: "a", count: 5000) + " HTTP/1.1\r\nHost: a\r\n\r\n", status: 414),
        Refusal(raw: "GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X-A: b\r\n", count: 101) + "\r\n", status: 431),
        Refusal(raw: "BREW / HTTP/1.1\r\nHost: a\r\n\r\n", status: 501),
        Refusal(raw: "GET / HTTP/3.0\r\nHost: a\r\n\r\n", status: 505),
        Refusal(raw: "POST /api/articles HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\nContent-Length: 1\r\n\r\nx", status: 417),
        Refusal(raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400),
        Refusal(raw: "GET /%C3%28 HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    ])
    func refusalIsProblemJSONAndOthersAreStillServed(_ refusal: Refusal) throws {
        try LiveServer.with { live in
            let client = try live.client()
            try client.send(refusal.raw)
            let reply = try client.readReply()
            #expect(reply.status == refusal.status)
            #expect(reply.headers["content-type"]?.hasPrefix("application/problem+json") == true)
            #expect(reply.json["status"] as? Int == refusal.status)
            #expect(try live.client().request("/healthz").status == 200)
        }
    }

    @Test func twoHundredIdleAndSlowConnectionsDoNotDelayANormalClient() throws {
        try LiveServer.with { live in
            var held: [TestClient] = []
            for index in 0..<200 {
                let client = try live.client()
                // Half idle, half slowloris: a head that never ends.
                if index % 2 == 1 { try client.send("GET /api/articles HTTP/1.1\r\nHost: a\r\nX-Slow: ") }
                held.append(client)
            }
            for _ in 0..<5 {
                let started = ContinuousClock.now
                let reply = try live.client().request("/api/articles?limit=3")
                let elapsed = ContinuousClock.now - started
                #expect(reply.status == 200)
                #expect(elapsed < .seconds(2), "a normal request took \(elapsed) beside 200 idle/slow clients")
            }
            withExtendedLifetime(held) {}
        }
    }

    @Test func connectionsBeyondTheCapGet503() throws {
        let live = try LiveServer { $0.limits.maxConnections = 2 }
        defer { live.stop() }
        let first = try live.client()
        let second = try live.client()
        #expect(try first.request("/healthz").status == 200)
        let third = try live.client()
        let reply = try third.readReply()
        #expect(reply.status == 503)
        #expect(reply.headers["content-type"]?.hasPrefix("application/problem+json") == true)
        #expect(try second.request("/healthz").status == 200)
    }

    @Test func slowHeaderSectionGets408() throws {
        let live = try LiveServer {
            $0.limits.headerReadTimeout = .milliseconds(400)
            $0.limits.minTransferRateGrace = .milliseconds(200)
        }
        defer { live.stop() }
        let client = try live.client()
        try client.send("GET /healthz HTTP/1.1\r\nHost: a\r\n")
        let reply = try client.readReply()
        #expect(reply.status == 408)
        #expect(reply.headers["connection"] == "close")
        #expect(try live.client().request("/healthz").status == 200)
    }

    @Test func expect100ContinueGetsAnInterimResponseBeforeTheBody() throws {
        try LiveServer.with { live in
            let client = try live.client()
            try client.send("POST /api/articles HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
            #expect(try client.readReply().status == 100)
            try client.send("{}")
            let final = try client.readReply()
            #expect(final.status >= 400 && final.status < 500)   // writes are off without a token
        }
    }

    @Test func requestIdIsEchoedOrGenerated() throws {
        try LiveServer.with { live in
            let client = try live.client()
            #expect(try client.request("/healthz", headers: ["X-Request-Id": "trace-42"]).headers["x-request-id"] == "trace-42")
            let generated = try client.request("/healthz", headers: ["X-Request-Id": String(repeating: "x", count: 201)])
            #expect(generated.headers["x-request-id"]?.count == 15)
        }
    }

    @Test func metricsLabelByRoutePatternNotRawPath() throws {
        try LiveServer.with { live in
            let client = try live.client()
            _ = try client.request("/api/articles/nope")
            _ = try client.request("/no/such/file")
            let text = try client.request("/metrics").text
            #expect(text.contains(#"marsad_http_requests_total{route="/api/articles/{id}",status="404"} 1"#))
            #expect(text.contains(#"route="unmatched",status="404"} 1"#))
            #expect(!text.contains("nope"))
            #expect(text.contains("marsad_http_open_connections 1"))
        }
    }

    @Test func basePathIsStrippedAndForwardedClientIsBelievedOnlyFromTrustedPeers() throws {
        let live = try LiveServer {
            $0.basePath = "/marsad/"
            $0.trustedProxies = TrustedProxies([AddressRange("127.0.0.0/8")!])
        }
        defer { live.stop() }
        let client = try live.client()
        #expect(try client.request("/marsad/healthz").status == 200)
        #expect(try client.request("/marsad/api/articles?limit=1").json["limit"] as? Int == 1)
        #expect(try client.request("/marsadx/healthz").status == 404)
    }
}

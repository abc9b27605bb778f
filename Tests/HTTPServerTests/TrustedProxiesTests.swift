import HTTPCore
import HTTPTypes
import Testing
@testable import HTTPServer

/// Forwarding fields are believed only from trusted peers; the client is the rightmost
/// untrusted hop (RFC 7239 §5.2, and the same rule for X-Forwarded-For).
@Suite struct TrustedProxiesTests {
    let proxies = TrustedProxies([AddressRange("10.0.0.0/8")!, AddressRange("::1")!])

    func request(_ fields: [(String, String)]) -> Request {
        var headers = HTTPFields()
        for (name, value) in fields { headers.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        return Request(method: .get, target: "/", path: "/", headerFields: headers)
    }

    @Test func untrustedPeerIsNeverOverridden() {
        let spoofed = request([("X-Forwarded-For", "1.2.3.4")])
        #expect(proxies.client(of: spoofed, peer: IPAddress("203.0.113.7")!) == nil)
    }

    @Test func rightmostUntrustedHopIsTheClient() {
        let chained = request([("X-Forwarded-For", "6.6.6.6, 198.51.100.2, 10.1.1.1"), ("X-Forwarded-Proto", "https")])
        let result = proxies.client(of: chained, peer: IPAddress("10.0.0.2")!)
        #expect(result?.address == "198.51.100.2")
        #expect(result?.scheme == "https")
    }

    @Test func forwardedIsPreferredAndParsed() {
        let forwarded = request([
            ("Forwarded", #"for=192.0.2.43;proto=https, for="[2001:db8:cafe::17]:4711";proto=http"#),
            ("X-Forwarded-For", "9.9.9.9"),
        ])
        let result = proxies.client(of: forwarded, peer: IPAddress("::1")!)
        #expect(result?.address == "2001:db8:cafe::17")
        #expect(result?.scheme == "http")
    }

    @Test(arguments: ["10.0.0.0/8", "192.168.1.1", "::1", "fd00::/8", "0.0.0.0/0"])
    func validRanges(_ text: String) { #expect(AddressRange(text) != nil) }

    @Test(arguments: ["10.0.0.0/33", "300.1.1.1", "fd00::/129", "abc", "10.0.0.0/x", ""])
    func invalidRanges(_ text: String) { #expect(AddressRange(text) == nil) }

    @Test func ipv4RangeMatchesOnlyItsPrefix() {
        let range = AddressRange("192.168.4.0/22")!
        #expect(range.contains(IPAddress("192.168.7.255")!))
        #expect(!range.contains(IPAddress("192.168.8.0")!))
        #expect(!range.contains(IPAddress("::1")!))
    }

    @Test func requestIdsAreValidatedAndGeneratedInline() {
        #expect(RequestIDs.isAcceptable("abc-123"))
        #expect(!RequestIDs.isAcceptable(""))
        #expect(!RequestIDs.isAcceptable("a\u{1}b"))
        #expect(!RequestIDs.isAcceptable(String(repeating: "a", count: 201)))
        let id = RequestIDs().make(connection: 0x1234, request: 7)
        #expect(id.utf8.count == 15)
        #expect(id.hasSuffix("00012340007"))
    }

    @Test func basePathStripping() {
        #expect(RequestPipeline.strip("/marsad", from: "/marsad") == "/")
        #expect(RequestPipeline.strip("/marsad", from: "/marsad/api/x") == "/api/x")
        #expect(RequestPipeline.strip("/marsad", from: "/marsadx") == nil)
        #expect(RequestPipeline.normaliseBasePath("marsad/") == "/marsad")
        #expect(RequestPipeline.normaliseBasePath("/") == nil)
    }

    @Test func metricsRenderCountersAndGauges() {
        let metrics = ServerMetrics(routeNames: ["unmatched", "static", "/a/{id}"])
        metrics.record(routeID: 2, status: 200, elapsed: .milliseconds(3))
        metrics.record(routeID: 2, status: 200, elapsed: .milliseconds(30))
        metrics.addGauge("marsad_corpus_articles", help: "Articles.") { 5 }
        let text = metrics.render()
        #expect(text.contains(#"marsad_http_requests_total{route="/a/{id}",status="200"} 2"#))
        #expect(text.contains(#"marsad_http_request_duration_seconds_bucket{route="/a/{id}",le="0.005"} 1"#))
        #expect(text.contains(#"marsad_http_request_duration_seconds_count{route="/a/{id}"} 2"#))
        #expect(text.contains("marsad_corpus_articles 5.0"))
    }
}

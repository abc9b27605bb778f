import Foundation
import NewsFetch
import Testing

/// `localhost` and the names under it are loopback by definition (RFC 6761 §6.3): the SSRF
/// guard refuses them without asking a resolver, whose answer for them may be slow, missing
/// or (through a DNS server) not loopback at all.
@Suite struct LocalhostNamesTests {
    /// A resolver that would never answer in time: only names decided without one pass.
    let policy = FetchPolicy(resolveTimeout: .zero)

    @Test(arguments: ["http://localhost/", "http://localhost:9/news", "http://LocalHost./x",
                      "http://marsad.localhost:8080/rss.xml", "https://a.b.localhost/"])
    func refusedWithoutALookUp(url: String) throws {
        let parsed = try #require(URL(string: url))
        do throws(FetchError) {
            try policy.check(parsed)
            Issue.record("\(url) was allowed")
        } catch {
            guard case .refusedAddress(_, let address, let restriction) = error else {
                Issue.record("\(url): \(error)")
                return
            }
            #expect(address == "127.0.0.1")
            #expect(restriction.contains("loopback"))
        }
    }

    @Test func allowedWithTheOperatorFlag() throws {
        var open = policy
        open.allowPrivateAddresses = true
        try open.check(try #require(URL(string: "http://localhost:9/rss.xml")))
    }

    @Test(arguments: ["localhost", "a.localhost", "LOCALHOST.", "x.LocalHost"])
    func namesUnderLocalhost(host: String) {
        #expect(FetchPolicy.isLocalhostName(host))
    }

    @Test(arguments: ["localhost.example.com", "notlocalhost", "localhostx", "example.org", "127.0.0.1"])
    func otherNames(host: String) {
        #expect(!FetchPolicy.isLocalhostName(host))
    }
}

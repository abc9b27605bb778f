import Foundation
@testable import NewsFetch
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The SSRF guard holds at the moment of connecting, not only when the name was checked: a
/// name that resolved to a public address for `FetchPolicy.check` may resolve to a private one
/// when libcurl looks it up again (DNS rebinding). Here the transfer is asked straight for a
/// loopback address, as a rebinding resolver would hand it, and must neither connect nor wait.
@Suite struct ConnectTimeAddressTests {
    /// A listening socket on 127.0.0.1 that never accepts; `pending()` says whether a client
    /// connected to it.
    final class Listener {
        let fd: Int32
        let port: Int

        init() throws {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
            }
            try #require(bound == 0 && listen(fd, 4) == 0)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            self.fd = fd
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        /// Whether a connection is waiting in the backlog.
        func pending() -> Bool {
            let client = accept(fd, nil, nil)
            if client >= 0 { close(client) }
            return client >= 0
        }

        deinit { close(fd) }
    }

    @Test func aPrivateAddressIsRefusedAsTheSocketOpens() throws {
        let listener = try Listener()
        let url = try #require(URL(string: "http://127.0.0.1:\(listener.port)/news"))
        let started = ContinuousClock.now
        do throws(FetchError) {
            _ = try CurlTransfer.get(url, headers: [], policy: FetchPolicy(), within: .seconds(5))
            Issue.record("the transfer reached 127.0.0.1")
        } catch {
            guard case .refusedAddress(let host, let address, let restriction) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(host == "127.0.0.1")
            #expect(address == "127.0.0.1")
            #expect(restriction.contains("loopback"))
        }
        #expect(!listener.pending(), "no connection was made")
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func theOperatorFlagLetsItConnect() throws {
        let listener = try Listener()
        let url = try #require(URL(string: "http://127.0.0.1:\(listener.port)/news"))
        // The listener never answers: the transfer connects, then gives up idle.
        do throws(FetchError) {
            _ = try CurlTransfer.get(url, headers: [], policy: FetchPolicy(allowPrivateAddresses: true, idleTimeout: .seconds(1)),
                                     within: .milliseconds(1500))
            Issue.record("an answer came from a socket that never answers")
        } catch {
            #expect(error == .timedOut)
        }
        #expect(listener.pending(), "the connection was made")
    }
}

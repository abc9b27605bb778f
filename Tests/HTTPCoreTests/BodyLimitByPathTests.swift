import Testing
@testable import HTTPCore

/// A per-path body limit (a bulk upload) raises the limit for that path only, for a
/// Content-Length body and a chunked one alike.
@Suite struct BodyLimitByPathTests {
    static var limits: HTTPLimits {
        var limits = HTTPLimits()
        limits.maxBodyBytes = 8
        limits.bodyLimitsByPath["/bulk"] = 32
        return limits
    }

    static func lengthRequest(_ path: String, _ size: Int) -> [UInt8] {
        ("POST \(path) HTTP/1.1\r\nHost: t\r\nContent-Length: \(size)\r\n\r\n" + String(repeating: "x", count: size)).bytes
    }

    static func chunkedRequest(_ path: String, _ size: Int) -> [UInt8] {
        let hex = String(size, radix: 16)
        return ("POST \(path) HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n\(hex)\r\n"
            + String(repeating: "x", count: size) + "\r\n0\r\n\r\n").bytes
    }

    @Test func theNamedPathTakesItsLargerLimit() {
        for bytes in [Self.lengthRequest("/bulk", 30), Self.chunkedRequest("/bulk", 30)] {
            let outcome = ParserHarness.run([bytes], limits: Self.limits)
            #expect(outcome.error == nil)
            #expect(outcome.requests.first?.body.count == 30)
        }
    }

    @Test func otherPathsAndLargerBodiesAre413() {
        for bytes in [Self.lengthRequest("/other", 9), Self.chunkedRequest("/other", 9),
                      Self.lengthRequest("/bulk", 33), Self.chunkedRequest("/bulk", 33),
                      Self.lengthRequest("/bulk/x", 9)] {
            let outcome = ParserHarness.run([bytes], limits: Self.limits)
            #expect(outcome.error?.status == .contentTooLarge)
        }
    }

    @Test func validationRefusesARelativePathOrNegativeLimit() {
        var limits = HTTPLimits()
        limits.bodyLimitsByPath["bulk"] = 10
        #expect(throws: HTTPLimitsError.self) { try limits.validate() }
        limits.bodyLimitsByPath = ["/bulk": -1]
        #expect(throws: HTTPLimitsError.self) { try limits.validate() }
    }
}

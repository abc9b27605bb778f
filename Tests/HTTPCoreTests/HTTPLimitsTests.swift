import Testing
@testable import HTTPCore

@Suite struct HTTPLimitsTests {
    @Test func defaultsAreValid() throws {
        try HTTPLimits().validate()
    }

    static func broken(_ name: String) -> HTTPLimits {
        var l = HTTPLimits()
        switch name {
        case "maxHeaderCount": l.maxHeaderCount = 0
        case "maxConnections": l.maxConnections = -1
        case "maxBodyBytes": l.maxBodyBytes = -1
        case "maxQueryLength": l.maxQueryLength = l.maxRequestLineLength + 1
        case "headerReadTimeout": l.headerReadTimeout = .zero
        default: l.idleTimeout = .seconds(-1)
        }
        return l
    }

    @Test(arguments: ["maxHeaderCount", "maxConnections", "maxBodyBytes", "maxQueryLength",
                      "headerReadTimeout", "idleTimeout"])
    func invalidLimitsAreNamed(_ name: String) {
        let limits = Self.broken(name)
        #expect(throws: HTTPLimitsError.self) { try limits.validate() }
        do { try limits.validate() } catch { #expect(error.limit == name) }
    }
}

import HTTPTypes
import Testing
@testable import HTTPCore

/// Each rejection class, fed whole and byte by byte; the status must be the same either way.
@Suite struct RequestParserRejectionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var raw: String
        var status: Int
        var testDescription: String { "\(status) " + String(raw.prefix(50)).replacingCRLF() }
    }

    static func check(_ testCase: Case, limits: HTTPLimits = HTTPLimits()) {
        let bytes = testCase.raw.bytes
        for pieces in [[bytes], bytes.map { [$0] }] {
            let outcome = ParserHarness.run(pieces, limits: limits)
            #expect(outcome.requests.isEmpty)
            #expect(outcome.error?.status.code == testCase.status)
            #expect(outcome.error?.closesConnection == true)
        }
    }

    static let host = "Host: a\r\n"

    @Test(arguments: [
        Case(raw: "GET / HTTP/1.1\nHost: a\n\n", status: 400),               // bare LF (RFC 9112 §2.2)
        Case(raw: "GET / HTTP/1.1\r\nHost: a\rX: y\r\n\r\n", status: 400),    // bare CR
        Case(raw: "GET  / HTTP/1.1\r\n\(host)\r\n", status: 400),             // double SP
        Case(raw: "G(T / HTTP/1.1\r\n\(host)\r\n", status: 400),              // non-token method
        Case(raw: "GET / http/1.1\r\n\(host)\r\n", status: 400),              // lowercase version
        Case(raw: "GET / HTTP/1.10\r\n\(host)\r\n", status: 400),
        Case(raw: "GET /#frag HTTP/1.1\r\n\(host)\r\n", status: 400),
        Case(raw: "GET * HTTP/1.1\r\n\(host)\r\n", status: 400),              // asterisk without OPTIONS
        Case(raw: "GET example.com:80 HTTP/1.1\r\n\(host)\r\n", status: 400), // authority-form
        Case(raw: "GET /a%2Fb HTTP/1.1\r\n\(host)\r\n", status: 400),         // encoded slash
        Case(raw: "GET /a%2fb HTTP/1.1\r\n\(host)\r\n", status: 400),
        Case(raw: "GET /a%00 HTTP/1.1\r\n\(host)\r\n", status: 400),
        Case(raw: "GET /a%zz HTTP/1.1\r\n\(host)\r\n", status: 400),
        Case(raw: "GET /a% HTTP/1.1\r\n\(host)\r\n", status: 400),
        Case(raw: "GET /%C3%28 HTTP/1.1\r\n\(host)\r\n", status: 400),        // invalid UTF-8
        Case(raw: "GET /?q=%FF HTTP/1.1\r\n\(host)\r\n", status: 400),
        Case(raw: "GET /?q=%G0 HTTP/1.1\r\n\(host)\r\n", status: 400),
    ])
    func requestLineAndTarget(_ testCase: Case) { Self.check(testCase) }

    @Test(arguments: [
        Case(raw: "GET / HTTP/1.1\r\n\r\n", status: 400),                                     // no Host
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400),             // two Host
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n  folded\r\n\r\n", status: 400),    // obs-fold
        Case(raw: "GET / HTTP/1.1\r\nHost : a\r\n\r\n", status: 400),                        // space before colon
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nX\t: b\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n", status: 400),          // NUL in value
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{1}b\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\n: empty\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nX(y): z\r\n\r\n", status: 400),
    ])
    func fields(_ testCase: Case) { Self.check(testCase) }

    @Test(arguments: [
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 3\r\nContent-Length: 4\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 3, 4\r\n\r\n", status: 400),
        // Identical repeats are refused too (as nginx does): see FramingFields.framing.
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 5, 5\r\n\r\nhello", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 5,\r\n\r\nhello", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: -1\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 1x\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length:\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: gzip\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked, gzip\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked, chunked\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: gzip, chunked\r\n\r\n", status: 501),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: foo\r\nTransfer-Encoding: chunked\r\n\r\n", status: 501),
        Case(raw: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", status: 400),
    ])
    func framing(_ testCase: Case) { Self.check(testCase) }

    static let chunked = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"

    @Test(arguments: [
        Case(raw: chunked + "x\r\n", status: 400),                          // not hex
        Case(raw: chunked + "\r\n", status: 400),                           // empty size
        Case(raw: chunked + "fffffffffffffffffff\r\n", status: 400),        // overflow
        Case(raw: chunked + "-1\r\n", status: 400),
        Case(raw: chunked + "5 x\r\n", status: 400),                        // junk after size
        Case(raw: chunked + "5;\r\n", status: 400),                         // empty extension name
        Case(raw: chunked + "5;a=\"unterminated\r\n", status: 400),
        Case(raw: chunked + "5;a=b c\r\n", status: 400),
        Case(raw: chunked + "5\r\nhelloXY", status: 400),                   // data not followed by CRLF
        Case(raw: chunked + "5\nhello\r\n", status: 400),                   // bare LF in chunk line
        Case(raw: chunked + "0\r\nBad Trailer: x\r\n\r\n", status: 400),
    ])
    func chunks(_ testCase: Case) { Self.check(testCase) }

    @Test(arguments: [
        Case(raw: "BREW / HTTP/1.1\r\n\(host)\r\n", status: 501),
        Case(raw: "CONNECT a:443 HTTP/1.1\r\n\(host)\r\n", status: 501),
        Case(raw: "GET / HTTP/2.0\r\n\(host)\r\n", status: 505),
        Case(raw: "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", status: 505),
        Case(raw: "GET / HTTP/3.0\r\n\(host)\r\n", status: 505),
        Case(raw: "GET / HTTP/0.9\r\n\(host)\r\n", status: 505),
        // RFC 9112 §3: a request line without a version is a malformed HTTP/1.x request line.
        Case(raw: "GET /\r\n", status: 400),                                // HTTP/0.9 simple request
        Case(raw: "GET /\r\n\r\n", status: 400),
    ])
    func methodsAndVersions(_ testCase: Case) { Self.check(testCase) }

    static var small: HTTPLimits {
        var limits = HTTPLimits()
        limits.maxRequestLineLength = 64
        limits.maxQueryLength = 16
        limits.maxHeaderBytes = 64
        limits.maxHeaderCount = 3
        limits.maxBodyBytes = 8
        limits.maxChunkLineLength = 16
        return limits
    }

    @Test(arguments: [
        Case(raw: "GET /\(String(repeating: "a", count: 80)) HTTP/1.1\r\n\(host)\r\n", status: 414),
        Case(raw: "GET /\(String(repeating: "a", count: 80))", status: 414),            // no line end yet
        Case(raw: "GET /?q=\(String(repeating: "a", count: 20)) HTTP/1.1\r\n\(host)\r\n", status: 414),
        Case(raw: "GET / HTTP/1.1\r\n\(host)X: \(String(repeating: "b", count: 80))\r\n\r\n", status: 431),
        Case(raw: "GET / HTTP/1.1\r\n\(host)X: \(String(repeating: "b", count: 80))", status: 431),
        Case(raw: "GET / HTTP/1.1\r\n\(host)A: 1\r\nB: 2\r\nC: 3\r\n\r\n", status: 431),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 9\r\n\r\n", status: 413),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Content-Length: 99999999999999999999999\r\n\r\n", status: 413),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n9\r\n", status: 413),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5\r\n12345\r\n4\r\n", status: 413),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5;aaaaaaaaaaaaaaaaaaaa\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n0\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", status: 431),
    ])
    func limits(_ testCase: Case) { Self.check(testCase, limits: Self.small) }
}

extension String {
    func replacingCRLF() -> String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\r": out += "\\r"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Gaps found auditing against RFC 9110/9112: Host validity, userinfo, Expect.
@Suite struct RequestParserAuditTests {
    typealias Case = RequestParserRejectionTests.Case

    @Test(arguments: [
        Case(raw: "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", status: 400),               // RFC 9112 §3.2: invalid Host
        Case(raw: "GET / HTTP/1.1\r\nHost: user@a\r\n\r\n", status: 400),            // userinfo (RFC 9110 §4.2.4)
        Case(raw: "GET / HTTP/1.1\r\nHost: a:80x\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n", status: 400),      // two Host even in 1.0
        Case(raw: "GET http://u:p@a/ HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),    // userinfo in absolute-form
        Case(raw: "GET http://a b/ HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nBad\u{7F}Name: x\r\n\r\n", status: 400), // non-token name
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\n\"x\": y\r\n\r\n", status: 400),
        Case(raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n", status: 400),   // NUL in value
        Case(raw: "POST / HTTP/1.1\r\nHost: a\r\nExpect: fly\r\nContent-Length: 1\r\n\r\nx", status: 417),
        Case(raw: "GET / HTTP/2.0\r\nHost: a\r\n\r\n", status: 505),
        Case(raw: "BREW / HTTP/1.1\r\nHost: a\r\n\r\n", status: 501),
        Case(raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;a=\"x\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX : y\r\n\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", status: 400),
        Case(raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n", status: 400),
    ])
    func rejected(_ testCase: Case) { RequestParserRejectionTests.check(testCase) }

    @Test(arguments: ["a", "a:8080", "[::1]:80", "127.0.0.1", "", "xn--mgbh0fb.example", "a.b-c_d~e"])
    func validHostsAreAccepted(_ host: String) {
        let outcome = ParserHarness.run([("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").bytes])
        #expect(outcome.error == nil)
        #expect(outcome.requests.count == 1)
    }

    @Test func expectContinueIsAnnouncedOnceBeforeTheBody() {
        var parser = RequestParser()
        parser.append("POST /e HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n".bytes)
        guard case .needMoreData = parser.next() else { Issue.record("expected needMoreData"); return }
        let first = parser.takeContinueRequest()
        let second = parser.takeContinueRequest()
        #expect(first)
        #expect(!second)
        parser.append("abc".bytes)
        guard case .request(let request) = parser.next() else { Issue.record("expected a request"); return }
        #expect(request.body == "abc".bytes)
        #expect(request.expectsContinue)
    }

    @Test func expectContinueIsIgnoredForHTTP10AndWithoutBody() {
        for raw in ["POST /e HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n",
                    "GET /e HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n"] {
            var parser = RequestParser()
            parser.append(raw.bytes)
            _ = parser.next()
            let announced = parser.takeContinueRequest()
            #expect(!announced)
        }
    }

    @Test func absoluteFormAuthorityReplacesHost() {
        let outcome = ParserHarness.run(["GET http://example.com:8080/p?q=1 HTTP/1.1\r\nHost: other\r\n\r\n".bytes])
        #expect(outcome.requests.first?.path == "/p")
        #expect(outcome.requests.first?.headerFields[HTTPField.Name("Host")!] == "example.com:8080")
    }
}

import HTTPTypes
import Testing
@testable import HTTPCore

@Suite struct RequestParserTests {
    struct Fixture: CustomTestStringConvertible, Sendable {
        var raw: String
        var method: HTTPRequest.Method
        var path: String
        var query: [String: String] = [:]
        var body: String = ""
        var version = HTTPVersion.http1_1
        var testDescription: String { String(raw.prefix(40)) }
    }

    static let fixtures: [Fixture] = [
        Fixture(raw: "GET / HTTP/1.1\r\nHost: a\r\n\r\n", method: .get, path: "/"),
        Fixture(raw: "GET /api/articles?limit=5&q=%D8%A8+x HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n",
                method: .get, path: "/api/articles", query: ["limit": "5", "q": "ب x"]),
        Fixture(raw: "HEAD /a/./b/../c HTTP/1.1\r\nHost: a\r\n\r\n", method: .head, path: "/a/c"),
        Fixture(raw: "GET /%2e%2e/%2E%2E/etc/passwd HTTP/1.1\r\nHost: a\r\n\r\n", method: .get, path: "/etc/passwd"),
        Fixture(raw: "GET /%D8%A8%D9%86 HTTP/1.1\r\nHost: a\r\n\r\n", method: .get, path: "/بن"),
        // Plain paths are taken as they are; a dot inside a segment is not a dot-segment.
        Fixture(raw: "GET /css/app.v2.css HTTP/1.1\r\nHost: a\r\n\r\n", method: .get, path: "/css/app.v2.css"),
        Fixture(raw: "GET /a/.. HTTP/1.1\r\nHost: a\r\n\r\n", method: .get, path: "/"),
        Fixture(raw: "GET http://example.com HTTP/1.1\r\nHost: a\r\n\r\n", method: .get, path: "/"),
        Fixture(raw: "DELETE /x HTTP/1.1\r\nHost: a\r\n\r\n", method: .delete, path: "/x"),
        Fixture(raw: "POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello", method: .post, path: "/p", body: "hello"),
        Fixture(raw: "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1;q=\"a b\"\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n",
                method: .post, path: "/c", body: "hello world"),
        Fixture(raw: "PUT /c HTTP/1.1\r\nHost: a\r\ntransfer-encoding: CHUNKED\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n",
                method: .put, path: "/c", body: "0123456789"),
        Fixture(raw: "GET http://example.com:8080/x?y=1 HTTP/1.1\r\nHost: other\r\n\r\n", method: .get, path: "/x", query: ["y": "1"]),
        Fixture(raw: "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", method: .options, path: "*"),
        Fixture(raw: "GET /old HTTP/1.0\r\n\r\n", method: .get, path: "/old", version: .http1_0),
        Fixture(raw: "\r\n\r\nGET /after-empty-lines HTTP/1.1\r\nHost: a\r\n\r\n", method: .get, path: "/after-empty-lines"),
        Fixture(raw: "DELETE /x HTTP/1.1\r\nHost: a\r\nX-Empty:\r\nX-Spaces:   v  \t\r\n\r\n", method: .delete, path: "/x"),
    ]

    @Test(arguments: fixtures)
    func parsesFixtureAtEverySplit(_ fixture: Fixture) {
        for pieces in ParserHarness.allSplits(fixture.raw.bytes) {
            let outcome = ParserHarness.run(pieces)
            #expect(outcome.error == nil, "\(pieces.map(\.count))")
            guard let request = outcome.requests.first, outcome.requests.count == 1 else {
                Issue.record("expected one request for split \(pieces.map(\.count))")
                return
            }
            #expect(request.method == fixture.method)
            #expect(request.path == fixture.path)
            #expect(request.version == fixture.version)
            #expect(request.body == fixture.body.bytes)
            for (name, value) in fixture.query { #expect(request.query[name] == value) }
        }
    }

    @Test func pipelinedFixturesComeOutInOrder() {
        let all = Self.fixtures.flatMap(\.raw.bytes)
        for pieces in [[all], all.map { [$0] }] {
            let outcome = ParserHarness.run(pieces)
            #expect(outcome.error == nil)
            #expect(outcome.requests.map(\.path) == Self.fixtures.map(\.path))
            #expect(outcome.requests.map(\.body) == Self.fixtures.map(\.body.bytes))
        }
    }

    @Test func leftoverBytesWaitForTheNextRequest() {
        var parser = RequestParser()
        parser.append("GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HT".bytes)
        guard case .request(let first) = parser.next() else { Issue.record("no first request"); return }
        #expect(first.path == "/a")
        guard case .needMoreData = parser.next() else { Issue.record("expected needMoreData"); return }
        #expect(parser.bufferedByteCount == 9)
        #expect(!parser.isIdle)
        parser.append("TP/1.1\r\nHost: a\r\n\r\n".bytes)
        guard case .request(let second) = parser.next() else { Issue.record("no second request"); return }
        #expect(second.path == "/b")
        #expect(parser.isIdle)
    }

    @Test func absoluteFormAuthorityReplacesHost() {
        let outcome = ParserHarness.run(["GET http://example.com/x HTTP/1.1\r\nHost: other\r\n\r\n".bytes])
        #expect(outcome.requests.first?.headerFields[.hostField] == "example.com")
    }

    @Test func errorsCloseTheConnectionAndStick() {
        var parser = RequestParser()
        parser.append("GET / HTTP/1.1\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n".bytes)
        guard case .error(let error) = parser.next() else { Issue.record("expected error"); return }
        #expect(error.closesConnection)
        guard case .error = parser.next() else { Issue.record("parser should stay failed"); return }
    }
}

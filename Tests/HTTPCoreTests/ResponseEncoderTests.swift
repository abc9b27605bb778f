import HTTPTypes
import Testing
@testable import HTTPCore

@Suite struct ResponseEncoderTests {
    let date = "Sun, 06 Nov 1994 08:49:37 GMT".bytes

    func encode(_ response: Response, method: HTTPRequest.Method = .get, version: HTTPVersion = .http1_1,
                keepAlive: Bool = true) -> String {
        var out: [UInt8] = []
        ResponseEncoder.encode(response, method: method, version: version, keepAlive: keepAlive, date: date, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func writesStatusDateLengthAndBody() {
        let text = encode(.text("hi"))
        #expect(text == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 2\r\n\r\nhi")
    }

    @Test func headKeepsTheLengthAndDropsTheBody() {
        let text = encode(.text("hello"), method: .head)
        #expect(text.hasSuffix("Content-Length: 5\r\n\r\n"))
    }

    @Test(arguments: [204, 304])
    func noBodyStatusesHaveNoLengthOrBody(_ code: Int) {
        let text = encode(Response(status: .init(code: code), body: "x".bytes))
        #expect(!text.contains("Content-Length"))
        #expect(text.hasSuffix("\r\n\r\n"))
    }

    @Test func connectionHeaderFollowsRFC9112Section9() {
        #expect(encode(.text("x"), keepAlive: false).contains("Connection: close\r\n"))
        #expect(!encode(.text("x"), keepAlive: true).contains("Connection:"))
        #expect(encode(.text("x"), version: .http1_0, keepAlive: true).contains("Connection: keep-alive\r\n"))
    }

    @Test func serverOwnedFieldsAreNotDuplicated() {
        var fields = HTTPFields()
        fields[.contentLength] = "999"
        fields[.connection] = "close"
        let text = encode(Response(status: .ok, headerFields: fields, body: "ab".bytes))
        #expect(text.split(separator: "\r\n").filter { $0.hasPrefix("Content-Length") }.count == 1)
        #expect(text.contains("Content-Length: 2\r\n"))
    }

    @Test func problemResponsesAskToClose() {
        let response = ProblemDetails.response(for: HTTPError(.badRequest, detail: "x", closesConnection: true))
        #expect(ResponseEncoder.requestsClose(response))
    }

    @Test(arguments: [
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
        (4_102_444_799, "Thu, 31 Dec 2099 23:59:59 GMT"),
    ])
    func formatsIMFFixdate(_ seconds: Int, _ expected: String) {
        #expect(String(decoding: HTTPDate.format(secondsSince1970: seconds), as: UTF8.self) == expected)
    }

    @Test func keepAliveDefaultsPerVersion() {
        var request = Request(method: .get, target: "/", path: "/")
        #expect(request.wantsKeepAlive)
        request.headerFields[.connection] = "Close"
        #expect(!request.wantsKeepAlive)
        request = Request(method: .get, target: "/", path: "/", version: .http1_0)
        #expect(!request.wantsKeepAlive)
        request.headerFields[.connection] = "keep-alive"
        #expect(request.wantsKeepAlive)
    }
}


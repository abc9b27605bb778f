import HTTPTypes
import Testing
@testable import HTTPCore

/// How a streamed body is framed (RFC 9112 §6, §7.1), without sockets.
@Suite struct StreamedResponseTests {
    let date = Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8)
    static let pieces: [[UInt8]] = [Array("hello, ".utf8), [], Array(repeating: UInt8(ascii: "x"), count: 300)]

    var streamed: Response {
        .streamed(BodyStream {
            var rest = Self.pieces
            return { rest.isEmpty ? nil : rest.removeFirst() }
        })
    }

    func head(_ response: Response, method: HTTPRequest.Method = .get, version: HTTPVersion = .http1_1,
              keepAlive: Bool = true) -> (String, ResponseEncoder.BodyFraming) {
        var out: [UInt8] = []
        let framing = ResponseEncoder.encodeHead(response, method: method, version: version, keepAlive: keepAlive, date: date, into: &out)
        return (String(decoding: out, as: UTF8.self), framing)
    }

    @Test func http11GetsChunkedWithoutALength() {
        let (text, framing) = head(streamed)
        #expect(framing == .chunked)
        #expect(text.contains("Transfer-Encoding: chunked\r\n"))
        #expect(!text.contains("Content-Length"))
        #expect(!ResponseEncoder.endsByClosing(streamed, method: .get, version: .http1_1))
    }

    @Test func http10GetsABodyEndedByClosing() {
        let (text, framing) = head(streamed, version: .http1_0, keepAlive: false)
        #expect(framing == .closeDelimited)
        #expect(!text.contains("Transfer-Encoding"))
        #expect(!text.contains("Content-Length"))
        #expect(ResponseEncoder.endsByClosing(streamed, method: .get, version: .http1_0))
        #expect(!ResponseEncoder.endsByClosing(streamed, method: .head, version: .http1_0))
    }

    @Test func headAndBodilessStatusesSendNoBody() {
        #expect(head(streamed, method: .head).1 == .none)
        var noContent = streamed
        noContent.status = .noContent
        let (text, framing) = head(noContent)
        #expect(framing == .none)
        #expect(!text.contains("Transfer-Encoding"))
    }

    @Test func wholeEncodingChunksTheCollectedBody() {
        var out: [UInt8] = []
        ResponseEncoder.encode(streamed, method: .get, version: .http1_1, keepAlive: true, date: date, into: &out)
        let body = Array(out[(out.firstRange(of: Array("\r\n\r\n".utf8))!.upperBound)...])
        #expect(body == Array("133\r\n".utf8) + Self.pieces.joined() + Array("\r\n0\r\n\r\n".utf8))
        #expect(streamed.collectedBody == Array(Self.pieces.joined()))
    }

    @Test func chunkFramingSkipsEmptyPiecesAndEnds() {
        #expect(ChunkedCoding.encode([Array("ab".utf8), [], Array(repeating: 0x41, count: 26)])
                == Array("2\r\nab\r\n1a\r\nAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n0\r\n\r\n".utf8))
        #expect(ChunkedCoding.encode([]) == Array("0\r\n\r\n".utf8))
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// A tiny blocking HTTP client over a raw socket, with a receive timeout so no test can hang.
final class TestClient {
    struct Response {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, host: String = "127.0.0.1", timeoutSeconds: Int = 5) throws {
        let isV6 = host.contains(":")
        fd = socket(isV6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket errno \(errno)") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result: Int32
        if isV6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET6, host, &address.sin6_addr)
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET, host, &address.sin_addr)
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw Failure(description: "connect errno \(code)")
        }
    }

    deinit { close(fd) }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send errno \(errno)") }
            offset += sent
        }
    }

    /// Reads more bytes; false on EOF.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count == 0 { return false }
        if count < 0 {
            if errno == ECONNRESET { return false }
            throw Failure(description: "recv errno \(errno) (timeout?)")
        }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }

    /// Reads one response; `head: true` for a response to HEAD (no body whatever the length).
    func readResponse(head: Bool = false) throws -> Response {
        var headEnd: Int?
        while true {
            if let end = Self.find([13, 10, 13, 10], in: buffer) { headEnd = end; break }
            guard try fill() else { throw Failure(description: "EOF before a response head") }
        }
        let headText = String(decoding: buffer[..<headEnd!], as: UTF8.self)
        var lines = headText.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, parts[0] == "HTTP/1.1", let status = Int(parts[1]) else {
            throw Failure(description: "bad status line \(statusLine)")
        }
        var headers: [(String, String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "bad field \(line)") }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingPrefix(" ").description))
        }
        buffer.removeFirst(headEnd! + 4)
        var response = Response(status: status, headers: headers, body: [])
        let length = Int(response.header("Content-Length") ?? "0") ?? 0
        if !head && status != 204 && status != 304 && response.header("Transfer-Encoding") == "chunked" {
            response.body = try readChunkedBody()
        } else if !head && status >= 200 && status != 204 && status != 304 && response.header("Content-Length") == nil {
            // RFC 9112 §6.3 rule 8: no length and not chunked: the body ends when the connection does.
            while try fill() {}
            response.body = buffer
            buffer.removeAll()
        } else if !head && status != 204 && status != 304 {
            while buffer.count < length {
                guard try fill() else { throw Failure(description: "EOF inside a body") }
            }
            response.body = Array(buffer[..<length])
            buffer.removeFirst(length)
        }
        return response
    }

    /// Chunk sizes seen by the last `readChunkedBody` (to check a body really came in pieces).
    private(set) var chunkSizes: [Int] = []

    /// Decodes a chunked body (RFC 9112 §7.1), strictly: hex size, CRLF, bytes, CRLF; a zero
    /// size then an empty trailer section ends it.
    private func readChunkedBody() throws -> [UInt8] {
        var body: [UInt8] = []
        chunkSizes = []
        while true {
            var lineEnd: Int?
            while lineEnd == nil {
                lineEnd = Self.find([13, 10], in: buffer)
                if lineEnd == nil { guard try fill() else { throw Failure(description: "EOF in a chunk size") } }
            }
            let line = String(decoding: buffer[..<lineEnd!], as: UTF8.self)
            guard let size = Int(line, radix: 16) else { throw Failure(description: "bad chunk size line '\(line)'") }
            buffer.removeFirst(lineEnd! + 2)
            while buffer.count < size + 2 {
                guard try fill() else { throw Failure(description: "EOF inside a chunk") }
            }
            guard buffer[size] == 13, buffer[size + 1] == 10 else { throw Failure(description: "no CRLF after a chunk") }
            if size == 0 { buffer.removeFirst(2); return body }
            chunkSizes.append(size)
            body += buffer[..<size]
            buffer.removeFirst(size + 2)
        }
    }

    /// Reads up to `count` body bytes as they come, without framing (a client that stops early).
    func readSome(_ count: Int) throws -> Int {
        while buffer.count < count {
            guard try fill() else { break }
        }
        let got = min(count, buffer.count)
        buffer.removeFirst(got)
        return got
    }

    /// Whether the server closed the connection (EOF) with nothing more to read.
    func isClosedByServer() throws -> Bool {
        guard buffer.isEmpty else { return false }
        return try !fill()
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

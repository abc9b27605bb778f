#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A minimal blocking HTTP/1.1 client over a real TCP socket, for end-to-end tests: sends raw
/// requests and reads responses framed by Content-Length, chunked, or ended by closing.
final class TestClient {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]) ?? [:] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    enum Failure: Error { case connect(Int32), closed, malformed(String) }

    private let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, host: String = "127.0.0.1") throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw Failure.connect(errno) }
    }

    deinit { close(fd) }

    /// Sends raw bytes.
    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure.closed }
            sent += n
        }
    }

    /// Sends a GET (or another method) for `target` and reads the reply.
    func request(_ target: String, method: String = "GET", headers: [String: String] = [:], body: String? = nil) throws -> Reply {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body { head += "Content-Length: \(body.utf8.count)\r\n" }
        try send(head + "\r\n" + (body ?? ""))
        return try readReply(bodyless: method == "HEAD")
    }

    /// Reads one response.
    func readReply(bodyless: Bool = false) throws -> Reply {
        let headEnd = try fill(until: { $0.firstRange(of: [13, 10, 13, 10]) })
        let head = String(decoding: buffer[..<headEnd.lowerBound], as: UTF8.self)
        buffer.removeSubrange(..<headEnd.upperBound)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure.malformed(head) }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let noBody = bodyless || (100..<200).contains(status) || status == 204 || status == 304
        if !noBody && headers["transfer-encoding"] == "chunked" {
            return Reply(status: status, headers: headers, body: try readChunks())
        }
        if !noBody && headers["content-length"] == nil {
            // RFC 9112 §6.3 rule 8: the body ends when the connection closes.
            while let n = try? receive(), n > 0 {}
            defer { buffer.removeAll() }
            return Reply(status: status, headers: headers, body: buffer)
        }
        let length = noBody ? 0 : Int(headers["content-length"] ?? "0") ?? 0
        _ = try fill(until: { $0.count >= length ? length : nil })
        let body = Array(buffer[..<length])
        buffer.removeSubrange(..<length)
        return Reply(status: status, headers: headers, body: body)
    }

    /// A chunked body (RFC 9112 §7.1), decoded strictly.
    private func readChunks() throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let line = try fill(until: { $0.firstRange(of: [13, 10]) })
            let sizeText = String(decoding: buffer[..<line.lowerBound], as: UTF8.self)
            guard let size = Int(sizeText, radix: 16) else { throw Failure.malformed("chunk size '\(sizeText)'") }
            buffer.removeSubrange(..<line.upperBound)
            _ = try fill(until: { $0.count >= size + 2 ? true : nil })
            guard buffer[size] == 13, buffer[size + 1] == 10 else { throw Failure.malformed("no CRLF after a chunk") }
            body += buffer[..<size]
            buffer.removeSubrange(..<(size + 2))
            if size == 0 { return body }
        }
    }

    /// Reads up to `count` bytes as they come and drops them (a client that stops early).
    func discard(_ count: Int) throws {
        _ = try fill(until: { $0.count >= count ? true : nil })
        buffer.removeSubrange(..<count)
    }

    /// One `recv` into the buffer; 0 at EOF.
    private func receive() throws -> Int {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n >= 0 else { throw Failure.closed }
        buffer.append(contentsOf: chunk[..<n])
        return n
    }

    /// Whether the server closed the connection (reads until EOF or timeout).
    func isClosedByPeer() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1024)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n == 0
    }

    private func fill<T>(until found: ([UInt8]) -> T?) throws -> T {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let result = found(buffer) { return result }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw Failure.closed }
            buffer.append(contentsOf: chunk[..<n])
        }
    }
}

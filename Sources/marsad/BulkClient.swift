#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A minimal HTTP/1.1 client for `marsad import`: one `POST` per connection (`Connection:
/// close`), the answer read to the end. Plain `http://` only; put TLS in front with a proxy.
struct BulkClient {
    let host: String
    let port: Int
    let path: String
    let token: String?

    /// Parses `http://host[:port][/prefix]`; the bulk route is appended to the prefix.
    init(server: String, token: String?) throws {
        guard let url = URLComponents(string: server), url.scheme == "http", let host = url.host, !host.isEmpty else {
            throw ImportError("--server must be an http:// URL such as http://127.0.0.1:8080; got '\(server)'")
        }
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        self.port = url.port ?? 80
        let prefix = url.path.hasSuffix("/") ? String(url.path.dropLast()) : url.path
        self.path = prefix + "/api/articles/bulk"
        self.token = token
    }

    /// Sends `body` as newline-delimited JSON; returns the status and the response body.
    func post(_ body: [UInt8]) throws -> (status: Int, body: [UInt8]) {
        let fd = try connect()
        defer { close(fd) }
        var head = "POST \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Type: application/x-ndjson\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        try write(fd, Array(head.utf8))
        try write(fd, body)
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ImportError("reading the answer: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            response.append(contentsOf: buffer[..<n])
        }
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let headEnd = (0..<max(0, response.count - 3)).first(where: { Array(response[$0..<($0 + 4)]) == separator }) else {
            throw ImportError("the server's answer has no header section")
        }
        let statusLine = String(decoding: response.prefix(while: { $0 != 13 }), as: UTF8.self)
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw ImportError("unreadable status line '\(statusLine)'")
        }
        // The server frames its answers with Content-Length; reading to the close covers it.
        return (status, Array(response[(headEnd + 4)...]))
    }

    private func connect() throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw ImportError("cannot resolve \(host)")
        }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            guard fd >= 0 else { continue }
            #if canImport(Glibc)
            let connected = Glibc.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen)
            #else
            let connected = Darwin.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen)
            #endif
            if connected == 0 { return fd }
            close(fd)
        }
        throw ImportError("cannot connect to \(host):\(port): \(String(cString: strerror(errno)))")
    }

    private func write(_ fd: Int32, _ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ImportError("sending: \(String(cString: strerror(errno)))")
            }
            written += n
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the non-blocking listening socket: resolves `host` (names such as `localhost`
/// included), binds the first address that works, and listens.
enum ListeningSocket {
    /// A listening descriptor and the port it got (the real one when `port` is 0).
    static func open(host: String, port: Int, backlog: Int32 = 1024) throws(SocketError) -> (fd: Int32, port: Int) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw SocketError("getaddrinfo", code: status == EAI_SYSTEM ? errno : 0,
                              context: "\(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var lastError = SocketError("bind", code: 0, context: host)
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            do {
                let fd = try bind(info.pointee, host: host, port: port, backlog: backlog)
                return (fd, try SocketAddress.port(of: fd))
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    private static func bind(_ info: addrinfo, host: String, port: Int, backlog: Int32) throws(SocketError) -> Int32 {
        #if canImport(Glibc)
        let type = info.ai_socktype | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let type = info.ai_socktype
        #endif
        let fd = socket(info.ai_family, type, info.ai_protocol)
        guard fd >= 0 else { throw .fromErrno("socket", context: host) }
        var on: Int32 = 1
        guard setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            let error = SocketError.fromErrno("setsockopt(SO_REUSEADDR)")
            close(fd)
            throw error
        }
        guard Glibc.bind(fd, info.ai_addr, info.ai_addrlen) == 0 else {
            let error = SocketError.fromErrno("bind", context: "\(host):\(port)")
            close(fd)
            throw error
        }
        guard listen(fd, backlog) == 0 else {
            let error = SocketError.fromErrno("listen", context: "\(host):\(port)")
            close(fd)
            throw error
        }
        return fd
    }
}

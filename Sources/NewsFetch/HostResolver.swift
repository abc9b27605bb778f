#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Resolves a host name to every address it has (getaddrinfo), giving up after a deadline.
/// getaddrinfo cannot be cancelled, so it runs on Dispatch's pool and a late answer is dropped.
enum HostResolver {
    /// Why a name did not resolve.
    enum Failure: Error {
        case notFound(String)
        case timedOut
    }

    /// The addresses of `host`: 4 bytes each for IPv4, 16 for IPv6.
    static func addresses(of host: String, timeout: Duration) throws(Failure) -> [[UInt8]] {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        DispatchQueue.global().async {
            let result = lookUp(host)
            box.outcome.withLock { $0 = result }
            done.signal()
        }
        let (seconds, attoseconds) = timeout.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        guard done.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success,
              let result = box.outcome.withLock({ $0 }) else { throw .timedOut }
        return try result.get()
    }

    /// Keeps the shared result alive for the look-up that may outlive the caller.
    private final class ResultBox: Sendable {
        let outcome = Mutex<Result<[[UInt8]], Failure>?>(nil)
    }

    private static func lookUp(_ host: String) -> Result<[[UInt8]], Failure> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let first = list else {
            return .failure(.notFound(String(cString: gai_strerror(status))))
        }
        defer { freeaddrinfo(first) }
        var result: [[UInt8]] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            if let address = info.pointee.ai_addr {
                switch Int32(address.pointee.sa_family) {
                case AF_INET:
                    address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                        var raw = v4.pointee.sin_addr
                        result.append(withUnsafeBytes(of: &raw) { Array($0) })
                    }
                case AF_INET6:
                    address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                        var raw = v6.pointee.sin6_addr
                        result.append(withUnsafeBytes(of: &raw) { Array($0) })
                    }
                default:
                    break
                }
            }
            cursor = info.pointee.ai_next
        }
        return result.isEmpty ? .failure(.notFound("no addresses")) : .success(result)
    }
}

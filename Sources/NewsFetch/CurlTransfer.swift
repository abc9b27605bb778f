import CCurl
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP request made with libcurl's easy interface, on the calling thread: no redirect
/// followed (the fetcher checks each hop first), the body abandoned past its limit, and every
/// address curl connects to checked against the policy as its socket is opened, so a name
/// that resolved to a public address when checked cannot hand curl a private one afterwards
/// (DNS rebinding). No Dispatch source watches these sockets: URLSession's did, and it is the
/// one place a socket of this process was closed under a source still watching it.
enum CurlTransfer {
    /// The status, header fields and body of one response.
    struct Answer: Sendable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]

        /// A header field's value, case-insensitively.
        func header(_ name: String) -> String? {
            let key = name.lowercased()
            return headers.first { $0.key.lowercased() == key }?.value
        }
    }

    /// Sends `headers` (whole `Name: value` lines) in a GET of `url`, within `limit`.
    static func get(_ url: URL, headers: [String], policy: FetchPolicy,
                    within limit: Duration) throws(FetchError) -> Answer {
        guard globalInitialisation == CURLE_OK, let handle = curl_easy_init() else {
            throw .transport("libcurl could not be initialised")
        }
        defer { curl_easy_cleanup(handle) }
        let collector = Collector(limit: policy.maxBodyBytes,
                                  checksAddresses: !policy.allowPrivateAddresses && !proxied)
        let context = Unmanaged.passRetained(collector)
        defer { context.release() }
        var list: UnsafeMutablePointer<curl_slist>?
        for line in headers { list = curl_slist_append(list, line) }
        defer { curl_slist_free_all(list) }
        let errors = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errors.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        defer { errors.deallocate() }

        let opaque = context.toOpaque()
        let set: [CURLcode] = [
            marsad_curl_set_string(handle, CURLOPT_URL, url.absoluteString),
            marsad_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"),
            marsad_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0),
            // Threads: no SIGALRM for resolver timeouts.
            marsad_curl_set_long(handle, CURLOPT_NOSIGNAL, 1),
            marsad_curl_set_list(handle, CURLOPT_HTTPHEADER, list),
            marsad_curl_set_string(handle, CURLOPT_USERAGENT, policy.userAgent),
            // Every coding libcurl was built with; the limit counts decoded bytes.
            marsad_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, ""),
            marsad_curl_set_long(handle, CURLOPT_TIMEOUT_MS, milliseconds(limit)),
            marsad_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(policy.idleTimeout)),
            // Idle: less than a byte a second for the idle timeout ends the transfer.
            marsad_curl_set_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1),
            marsad_curl_set_long(handle, CURLOPT_LOW_SPEED_TIME, max(1, (milliseconds(policy.idleTimeout) + 999) / 1000)),
            marsad_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errors),
            marsad_curl_set_data_callback(handle, CURLOPT_HEADERFUNCTION, onHeader),
            marsad_curl_set_pointer(handle, CURLOPT_HEADERDATA, opaque),
            marsad_curl_set_data_callback(handle, CURLOPT_WRITEFUNCTION, onBody),
            marsad_curl_set_pointer(handle, CURLOPT_WRITEDATA, opaque),
            marsad_curl_set_open_socket_callback(handle, onOpenSocket),
            marsad_curl_set_pointer(handle, CURLOPT_OPENSOCKETDATA, opaque),
        ]
        if let failed = set.first(where: { $0 != CURLE_OK }) {
            throw .transport("libcurl refused an option: \(String(cString: curl_easy_strerror(failed)))")
        }

        let code = curl_easy_perform(handle)
        if let (address, restriction) = collector.refused {
            throw .refusedAddress(host: url.host ?? "", address: address, restriction: restriction)
        }
        if collector.overLimit { throw .tooLarge(limit: policy.maxBodyBytes) }
        guard code == CURLE_OK else {
            if code == CURLE_OPERATION_TIMEDOUT { throw .timedOut }
            let detail = String(cString: errors)
            throw .transport(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
        }
        var status = 0
        _ = marsad_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        guard status > 0 else { throw .transport("no response") }
        return Answer(status: status, headers: collector.headers, body: collector.body)
    }

    /// libcurl's one-time set-up, done before the first transfer (thread-safe in the libcurl
    /// Debian ships, 7.84 and later, and a Swift static is initialised once).
    private static let globalInitialisation: CURLcode = curl_global_init(3)  // CURL_GLOBAL_DEFAULT: SSL | WIN32

    /// Whether the environment names a proxy for libcurl: the socket it opens then leads to the
    /// proxy, not to the page's host, so only the name check before the transfer applies.
    private static let proxied: Bool = {
        let names: [String] = ["http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
        return names.contains { name in getenv(name).map { $0.pointee != 0 } ?? false }
    }()

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    /// What the callbacks gather during one `curl_easy_perform`, all on the calling thread.
    private final class Collector {
        let limit: Int
        let checksAddresses: Bool
        var headers: [String: String] = [:]
        var body: [UInt8] = []
        var overLimit = false
        var refused: (address: String, restriction: String)?

        init(limit: Int, checksAddresses: Bool) {
            self.limit = limit
            self.checksAddresses = checksAddresses
        }

        /// One header line; a status line starts a new response (an interim 1xx before the final one).
        func header(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("HTTP/") {
                headers = [:]
                return true
            }
            guard let colon = text.firstIndex(of: ":") else { return true }
            let name = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
            if name.lowercased() == "content-length", let length = Int(value), length > limit {
                overLimit = true
                return false
            }
            return true
        }

        func append(_ data: UnsafeBufferPointer<UInt8>) -> Bool {
            guard !overLimit, body.count + data.count <= limit else {
                overLimit = true
                body = []
                return false
            }
            body.append(contentsOf: data)
            return true
        }

        /// The address curl is about to connect to, as 4 or 16 bytes, or nil for another family.
        func allows(_ address: UnsafePointer<sockaddr>) -> Bool {
            guard checksAddresses else { return true }
            var bytes: [UInt8]
            switch Int32(address.pointee.sa_family) {
            case AF_INET:
                bytes = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                    var raw = v4.pointee.sin_addr
                    return withUnsafeBytes(of: &raw) { Array($0) }
                }
            case AF_INET6:
                bytes = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                    var raw = v6.pointee.sin6_addr
                    return withUnsafeBytes(of: &raw) { Array($0) }
                }
            default:
                bytes = []
            }
            guard let restriction = AddressClass.restriction(of: bytes) else { return true }
            refused = (AddressClass.text(of: bytes), restriction)
            return false
        }
    }

    private static let onHeader: marsad_curl_data_callback = { data, size, count, context in
        guard let data, let context else { return 0 }
        let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: size * count)
        return collector.header(bytes) ? size * count : 0
    }

    private static let onBody: marsad_curl_data_callback = { data, size, count, context in
        guard let data, let context else { return 0 }
        let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: size * count)
        return collector.append(bytes) ? size * count : 0
    }

    private static let onOpenSocket: marsad_curl_open_socket_callback = { context, _, address in
        guard let context, let address else { return -1 }
        let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
        // `addr` is as long as `addrlen` says (an IPv6 address runs past `struct sockaddr`).
        let offset = MemoryLayout<curl_sockaddr>.offset(of: \curl_sockaddr.addr) ?? 0
        let socketAddress = (UnsafeRawPointer(address) + offset).assumingMemoryBound(to: sockaddr.self)
        guard collector.allows(socketAddress) else { return -1 }  // CURL_SOCKET_BAD: curl reports a failed connect
        return socket(address.pointee.family, address.pointee.socktype | Int32(SOCK_CLOEXEC.rawValue),
                      address.pointee.protocol)
    }
}

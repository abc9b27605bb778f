import CCurl
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP GET made with libcurl's easy interface, on the calling thread: no redirect
/// followed (the fetcher checks each hop first), the body abandoned past its limit, and every
/// address curl connects to checked against the policy as its socket is opened, so a name
/// that resolved to a public address when checked cannot hand curl a private one afterwards
/// (DNS rebinding). No Dispatch source watches these sockets: URLSession's did, and curl
/// closing a socket under a watching source is a known cause of crashes on Linux.
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
        let collector = Collector(limit: policy.maxBodyBytes,
                                  checksAddresses: !policy.allowPrivateAddresses && !proxied)
        let limits = marsad_curl_limits(total_milliseconds: milliseconds(limit),
                                        connect_milliseconds: milliseconds(policy.idleTimeout),
                                        idle_seconds: max(1, (milliseconds(policy.idleTimeout) + 999) / 1000))
        let outcome = withExtendedLifetime(collector) {
            let callbacks = marsad_curl_callbacks(context: Unmanaged.passUnretained(collector).toOpaque(),
                                                  header: onHeader, body: onBody, allows: onAddress)
            let lines = headers.map { strdup($0) }
            defer { lines.forEach { free($0) } }
            let pointers: [UnsafePointer<CChar>?] = lines.map { $0.map { UnsafePointer($0) } }
            return pointers.withUnsafeBufferPointer { list in
                marsad_curl_get(url.absoluteString, list.baseAddress, list.count, policy.userAgent, limits, callbacks)
            }
        }
        if let (address, restriction) = collector.refused {
            throw .refusedAddress(host: url.host ?? "", address: address, restriction: restriction)
        }
        if collector.overLimit { throw .tooLarge(limit: policy.maxBodyBytes) }
        guard outcome.code == 0 else {
            if outcome.timed_out != 0 { throw .timedOut }
            var message = outcome.message
            let text = withUnsafeBytes(of: &message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw .transport(text.isEmpty ? "libcurl error \(outcome.code)" : text)
        }
        guard outcome.status > 0 else { throw .transport("no response") }
        return Answer(status: outcome.status, headers: collector.headers, body: collector.body)
    }

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

    /// What the callbacks gather during one transfer, all on the calling thread.
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
        func header(_ line: UnsafeRawBufferPointer) -> Bool {
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

        func append(_ data: UnsafeRawBufferPointer) -> Bool {
            guard !overLimit, body.count + data.count <= limit else {
                overLimit = true
                body = []
                return false
            }
            body.append(contentsOf: data)
            return true
        }

        /// Whether the address (4 or 16 bytes; none for another family) may be connected to.
        func allows(_ address: [UInt8]) -> Bool {
            guard checksAddresses, let restriction = AddressClass.restriction(of: address) else { return true }
            refused = (AddressClass.text(of: address), restriction)
            return false
        }
    }

    private static func collector(_ context: UnsafeMutableRawPointer?) -> Collector {
        Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
    }

    private static let onHeader: @convention(c) (UnsafePointer<CChar>?, Int, UnsafeMutableRawPointer?) -> Int32 = { data, length, context in
        collector(context).header(UnsafeRawBufferPointer(start: data, count: length)) ? 1 : 0
    }

    private static let onBody: @convention(c) (UnsafePointer<CChar>?, Int, UnsafeMutableRawPointer?) -> Int32 = { data, length, context in
        collector(context).append(UnsafeRawBufferPointer(start: data, count: length)) ? 1 : 0
    }

    private static let onAddress: @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutableRawPointer?) -> Int32 = { address, length, context in
        collector(context).allows(Array(UnsafeBufferPointer(start: address, count: length))) ? 1 : 0
    }
}

import Foundation

/// Every limit and permission of outgoing fetches, in one place.
public struct FetchPolicy: Sendable {
    /// Whether private, loopback, link-local and other special-purpose addresses may be
    /// fetched (the operator's `--allow-private-fetch`); off by default, against SSRF.
    public var allowPrivateAddresses: Bool
    /// The longest wait for the name of a host to resolve.
    public var resolveTimeout: Duration
    /// The longest silence between bytes (libcurl's low-speed limit: less than a byte a second for this long).
    public var idleTimeout: Duration
    /// The longest a whole transfer may take, redirects excluded (libcurl's whole-transfer timeout).
    public var transferTimeout: Duration
    /// The most bytes of a body (after content decoding); a larger one is abandoned.
    public var maxBodyBytes: Int
    /// The most redirects followed; each hop's address is checked again.
    public var maxRedirects: Int
    /// Sent as `User-Agent`.
    public var userAgent: String

    public init(allowPrivateAddresses: Bool = false, resolveTimeout: Duration = .seconds(5),
                idleTimeout: Duration = .seconds(8), transferTimeout: Duration = .seconds(20),
                maxBodyBytes: Int = 5 << 20, maxRedirects: Int = 5,
                userAgent: String = "Marsad/1.0 (Arabic news observatory)") {
        self.allowPrivateAddresses = allowPrivateAddresses
        self.resolveTimeout = resolveTimeout
        self.idleTimeout = idleTimeout
        self.transferTimeout = transferTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
    }

    /// Checks that `url` is an absolute http(s) URL whose host resolves only to addresses this
    /// policy allows; every resolved address is checked, so one private answer refuses the URL.
    public func check(_ url: URL) throws(FetchError) {
        guard let scheme = url.scheme?.lowercased() else { throw .invalidURL(url.absoluteString) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        guard var host = url.host, !host.isEmpty else { throw .invalidURL(url.absoluteString) }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if Self.isLocalhostName(host) {
            // No look-up: the name is loopback whatever a resolver would say (or how slowly).
            guard allowPrivateAddresses else {
                let loopback: [UInt8] = [127, 0, 0, 1]
                throw .refusedAddress(host: host, address: AddressClass.text(of: loopback),
                                      restriction: AddressClass.restriction(of: loopback) ?? "a loopback address")
            }
            return
        }
        let addresses: [[UInt8]]
        do {
            addresses = try HostResolver.addresses(of: host, timeout: resolveTimeout)
        } catch {
            switch error {
            case .timedOut: throw .unresolvable(host: host, reason: "the name did not resolve within \(resolveTimeout)")
            case .notFound(let reason): throw .unresolvable(host: host, reason: reason)
            }
        }
        guard !allowPrivateAddresses else { return }
        for address in addresses {
            if let restriction = AddressClass.restriction(of: address) {
                throw .refusedAddress(host: host, address: AddressClass.text(of: address), restriction: restriction)
            }
        }
    }

    /// Whether `host` is `localhost` or a name under it (case-insensitive, a final dot allowed):
    /// loopback by definition (RFC 6761 §6.3), whatever a resolver says.
    public static func isLocalhostName(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        return name == "localhost" || name.hasSuffix(".localhost")
    }
}

/// Why a fetch failed; `description` is written for the person who asked for it.
public enum FetchError: Error, Equatable, CustomStringConvertible {
    case invalidURL(String)
    case unsupportedScheme(String)
    case unresolvable(host: String, reason: String)
    /// The host resolved to an address the policy refuses (SSRF guard).
    case refusedAddress(host: String, address: String, restriction: String)
    case tooLarge(limit: Int)
    case tooManyRedirects(limit: Int)
    case timedOut
    case status(Int)
    case transport(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "'\(url)' is not an absolute http or https URL"
        case .unsupportedScheme(let scheme): "only http and https URLs are fetched, not \(scheme)"
        case .unresolvable(let host, let reason): "the host \(host) could not be resolved: \(reason)"
        case .refusedAddress(let host, let address, let restriction):
            "the host \(host) resolves to \(address), \(restriction); fetching private, loopback and other non-public addresses is refused unless the server runs with --allow-private-fetch"
        case .tooLarge(let limit): "the response is larger than the \(limit)-byte limit"
        case .tooManyRedirects(let limit): "more than \(limit) redirects"
        case .timedOut: "the server did not answer in time"
        case .status(let code): "the server answered HTTP \(code)"
        case .transport(let reason): "the transfer failed: \(reason)"
        }
    }
}

import HTTPCore
import HTTPTypes

/// The reverse proxies whose forwarding fields are believed (`--trusted-proxy`). Only a request
/// whose TCP peer is trusted has its `Forwarded` (RFC 7239) or `X-Forwarded-For` read; the
/// client is the rightmost address in that chain that is not itself a trusted proxy, since every
/// address left of it could have been written by the client.
public struct TrustedProxies: Sendable {
    /// The trusted ranges; empty means forwarding fields are ignored.
    public let ranges: [AddressRange]

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let forwarded = HTTPField.Name("Forwarded")!

    /// Trusts `ranges`.
    public init(_ ranges: [AddressRange] = []) {
        self.ranges = ranges
    }

    func isTrusted(_ address: IPAddress) -> Bool {
        ranges.contains { $0.contains(address) }
    }

    /// The client address and scheme for a request from `peer`, or nil to keep the peer's.
    func client(of request: Request, peer: IPAddress) -> (address: String, scheme: String?)? {
        guard isTrusted(peer) else { return nil }
        // RFC 7239 is preferred when present: it carries for and proto in one element per hop.
        let forwarded = request.headerFields[values: Self.forwarded]
        if !forwarded.isEmpty {
            let hops = forwarded.flatMap { ForwardedElement.parseList($0) }
            guard let index = clientIndex(hops.map(\.forAddress)) else { return nil }
            return (hops[index].forAddress ?? "unknown", hops[index].proto.flatMap(Self.scheme))
        }
        let chain = request.headerFields[values: Self.forwardedFor].flatMap {
            $0.split(separator: ",").map { String($0.trimmingOWS()) }
        }
        guard let index = clientIndex(chain.map(Optional.some)) else { return nil }
        // The nearest proxy writes X-Forwarded-Proto, so its last value is the one to believe.
        let proto = request.headerFields[values: Self.forwardedProto].last?
            .split(separator: ",").last.map { String($0.trimmingOWS()) }
        return (chain[index], proto.flatMap(Self.scheme))
    }

    /// The rightmost hop that is not a trusted proxy; the leftmost when all are trusted.
    private func clientIndex(_ chain: [String?]) -> Int? {
        guard !chain.isEmpty else { return nil }
        for index in chain.indices.reversed() {
            guard let text = chain[index], let address = IPAddress(text), isTrusted(address) else {
                return index
            }
        }
        return 0
    }

    private static func scheme(_ value: String) -> String? {
        let lower = value.lowercased()
        return lower == "http" || lower == "https" ? lower : nil
    }
}

extension Substring {
    func trimmingOWS() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

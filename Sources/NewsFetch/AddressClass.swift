/// Which special-purpose range an IP address falls in (IANA's IPv4 and IPv6 Special-Purpose
/// Address Registries, RFC 6890 and its updates), so that a fetch never reaches the host
/// itself, its network, or link-local cloud metadata services unless the operator allows it.
public enum AddressClass {
    /// Why `bytes` (4 bytes for IPv4, 16 for IPv6) may not be fetched from, or nil when it is a
    /// public unicast address.
    public static func restriction(of bytes: [UInt8]) -> String? {
        switch bytes.count {
        case 4: return ipv4(bytes)
        case 16: return ipv6(bytes)
        default: return "not an IP address"
        }
    }

    static func ipv4(_ b: [UInt8]) -> String? {
        switch (b[0], b[1]) {
        case (0, _): return "a 'this network' address (0.0.0.0/8)"
        case (10, _): return "a private address (10.0.0.0/8)"
        case (100, 64...127): return "a shared carrier-grade NAT address (100.64.0.0/10)"
        case (127, _): return "a loopback address (127.0.0.0/8)"
        case (169, 254): return "a link-local address (169.254.0.0/16)"
        case (172, 16...31): return "a private address (172.16.0.0/12)"
        case (192, 168): return "a private address (192.168.0.0/16)"
        case (198, 18...19): return "a benchmarking address (198.18.0.0/15)"
        case (224...239, _): return "a multicast address (224.0.0.0/4)"
        case (240...255, _): return "a reserved address (240.0.0.0/4)"
        default: break
        }
        switch (b[0], b[1], b[2]) {
        case (192, 0, 0): return "an IETF protocol assignment (192.0.0.0/24)"
        case (192, 0, 2), (198, 51, 100), (203, 0, 113): return "a documentation address"
        case (192, 88, 99): return "a 6to4 relay anycast address (192.88.99.0/24)"
        default: return nil
        }
    }

    static func ipv6(_ b: [UInt8]) -> String? {
        let zeroPrefix = b[0..<10].allSatisfy { $0 == 0 }
        if zeroPrefix && b[10] == 0xFF && b[11] == 0xFF {
            return ipv4(Array(b[12..<16])).map { $0 + " (IPv4-mapped)" }
        }
        if b[0..<15].allSatisfy({ $0 == 0 }) {
            return b[15] == 1 ? "a loopback address (::1)" : "the unspecified address (::)"
        }
        if zeroPrefix && b[10] == 0 && b[11] == 0 { return "an IPv4-compatible address (::/96)" }
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that is reached.
        if b[0] == 0x00, b[1] == 0x64, b[2] == 0xFF, b[3] == 0x9B, b[4..<12].allSatisfy({ $0 == 0 }) {
            return ipv4(Array(b[12..<16])).map { $0 + " (NAT64)" }
        }
        if b[0] == 0x20, b[1] == 0x02 {
            return ipv4(Array(b[2..<6])).map { $0 + " (6to4)" }
        }
        if b[0] & 0xFE == 0xFC { return "a unique local address (fc00::/7)" }
        if b[0] == 0xFE, b[1] & 0xC0 == 0x80 { return "a link-local address (fe80::/10)" }
        if b[0] == 0xFE, b[1] & 0xC0 == 0xC0 { return "a site-local address (fec0::/10)" }
        if b[0] == 0xFF { return "a multicast address (ff00::/8)" }
        if b[0] == 0x20, b[1] == 0x01, b[2] == 0x0D, b[3] == 0xB8 { return "a documentation address (2001:db8::/32)" }
        if b[0] == 0x01, b[1..<8].allSatisfy({ $0 == 0 }) { return "a discard-only address (100::/64)" }
        if b[0] == 0x20, b[1] == 0x01, b[2] == 0x00, b[3] < 0x02 { return "an IETF protocol assignment (2001::/23)" }
        return nil
    }

    /// `bytes` written as an address (dotted quad, or IPv6 groups in hex).
    public static func text(of bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        var groups: [String] = []
        for i in stride(from: 0, to: bytes.count, by: 2) {
            groups.append(String(UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]), radix: 16))
        }
        return groups.joined(separator: ":")
    }
}

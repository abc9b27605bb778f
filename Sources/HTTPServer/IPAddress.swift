#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address as 128 bits; IPv4 is held as its IPv4-mapped IPv6 form
/// (`::ffff:a.b.c.d`, RFC 4291 §2.5.5.2) so one comparison covers both families.
public struct IPAddress: Sendable, Hashable {
    var high: UInt64
    var low: UInt64
    /// Whether it was written as IPv4.
    var isIPv4: Bool

    /// Parses `1.2.3.4` or `2001:db8::1` (no brackets, no port, no zone); nil otherwise.
    public init?(_ text: some StringProtocol) {
        var v6 = in6_addr()
        var v4 = in_addr()
        let string = String(text)
        if inet_pton(AF_INET, string, &v4) == 1 {
            self.init(ipv4: UInt32(bigEndian: v4.s_addr))
        } else if inet_pton(AF_INET6, string, &v6) == 1 {
            self.init(in6: v6)
        } else {
            return nil
        }
    }

    init(ipv4: UInt32) {
        high = 0
        low = 0x0000_FFFF_0000_0000 | UInt64(ipv4)
        isIPv4 = true
    }

    init(in6 address: in6_addr) {
        var bytes = address
        let (high, low) = withUnsafeBytes(of: &bytes) { raw in
            (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self).bigEndian,
             raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).bigEndian)
        }
        self.high = high
        self.low = low
        isIPv4 = high == 0 && low >> 32 == 0xFFFF
    }

    /// The peer of an accepted socket.
    init?(_ storage: sockaddr_storage) {
        var copy = storage
        let family = Int32(storage.ss_family)
        let result: IPAddress? = withUnsafePointer(to: &copy) { pointer in
            switch family {
            case AF_INET:
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    IPAddress(ipv4: UInt32(bigEndian: $0.pointee.sin_addr.s_addr))
                }
            case AF_INET6:
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { IPAddress(in6: $0.pointee.sin6_addr) }
            default:
                nil
            }
        }
        guard let result else { return nil }
        self = result
    }

    /// Whether the first `bits` bits (of the 128-bit form) equal `other`'s.
    func hasPrefix(_ other: IPAddress, bits: Int) -> Bool {
        func mask(_ count: Int) -> UInt64 { count <= 0 ? 0 : count >= 64 ? .max : ~(UInt64.max >> count) }
        return (high ^ other.high) & mask(bits) == 0 && (low ^ other.low) & mask(bits - 64) == 0
    }
}

/// An address range `ADDR/BITS` (or a single address) that `--trusted-proxy` accepts.
public struct AddressRange: Sendable, Hashable, CustomStringConvertible {
    let address: IPAddress
    /// Prefix length in the 128-bit form (an IPv4 `/24` is `/120`).
    let bits: Int
    public let description: String

    /// Parses `10.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`; nil when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(parts[0]) else { return nil }
        let width = address.isIPv4 ? 32 : 128
        var bits = width
        if parts.count == 2 {
            guard let value = Int(parts[1]), (0...width).contains(value) else { return nil }
            bits = value
        }
        self.address = address
        self.bits = bits + (128 - width)
        description = text
    }

    /// Whether `candidate` lies in the range.
    public func contains(_ candidate: IPAddress) -> Bool {
        candidate.hasPrefix(address, bits: bits)
    }
}

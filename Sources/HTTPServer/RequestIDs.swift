import HTTPTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `X-Request-Id` handling: a client's id is kept when it is printable ASCII of at most 200
/// bytes, otherwise replaced by one the server makes from a per-process random prefix, the
/// connection's number and the request's number on it (15 hex digits, so Swift keeps it inline
/// without a heap allocation).
struct RequestIDs: Sendable {
    static let fieldName = HTTPField.Name("X-Request-Id")!
    static let maxLength = 200
    let prefix: UInt32

    init() {
        prefix = UInt32.random(in: 0...0xFFFF)
    }

    /// Whether a received id may be passed through: 1…200 bytes of VCHAR or SP, so it is safe
    /// in a log line and a response field.
    static func isAcceptable(_ id: String) -> Bool {
        let utf8 = id.utf8
        return !utf8.isEmpty && utf8.count <= maxLength && utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// The id for request number `request` on connection number `connection`.
    func make(connection: UInt64, request: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 15) { buffer in
            Self.hex(UInt64(prefix), digits: 4, into: buffer, at: 0)
            Self.hex(connection, digits: 7, into: buffer, at: 4)
            Self.hex(UInt64(truncatingIfNeeded: request), digits: 4, into: buffer, at: 11)
            return String(decoding: buffer, as: UTF8.self)
        }
    }

    private static func hex(_ value: UInt64, digits: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var remaining = value
        for index in stride(from: start + digits - 1, through: start, by: -1) {
            let digit = UInt8(remaining & 0xF)
            buffer[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            remaining >>= 4
        }
    }
}

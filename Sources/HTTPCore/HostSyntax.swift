/// The syntax of `Host` values and absolute-form authorities (RFC 9110 §7.2, RFC 3986 §3.2):
/// `uri-host [ ":" port ]`, where `uri-host` is an IP-literal, an IPv4 address or a reg-name.
enum HostSyntax {
    /// Whether `bytes` is a valid `Host` field value. Empty is valid: RFC 9112 §3.2 has a client
    /// send an empty Host when the target URI has no authority.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        if index < end, bytes[index] == UInt8(ascii: "[") {
            // IP-literal (RFC 3986 §3.2.2): hex digits, colons and dots inside brackets. IPvFuture
            // is refused: nothing sends it and no resolver understands it.
            index += 1
            let literalStart = index
            while index < end, bytes[index] != UInt8(ascii: "]") {
                let byte = bytes[index]
                guard HTTPSyntax.hexValue(byte) != nil || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") else {
                    return false
                }
                index += 1
            }
            guard index < end, index > literalStart else { return false }
            index += 1
        } else {
            // reg-name / IPv4address: unreserved, pct-encoded and sub-delims. A `@` (userinfo)
            // is refused: RFC 9110 §4.2.4 has recipients treat userinfo as an error.
            while index < end, bytes[index] != UInt8(ascii: ":") {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%") {
                    guard index + 2 < end, HTTPSyntax.hexValue(bytes[index + 1]) != nil,
                          HTTPSyntax.hexValue(bytes[index + 2]) != nil else { return false }
                    index += 3
                    continue
                }
                guard isRegNameByte(byte) else { return false }
                index += 1
            }
        }
        guard index < end else { return true }
        // port = *DIGIT (RFC 3986 §3.2.3); we also cap it at five digits.
        guard bytes[index] == UInt8(ascii: ":") else { return false }
        let digits = bytes[(index + 1)...]
        return digits.count <= 5 && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static func isRegNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            // unreserved punctuation, then sub-delims.
            return "-._~!$&'()*+,;=".utf8.contains(byte)
        }
    }
}

/// The decimal digits of a non-negative integer, written as bytes without making a `String`:
/// status codes and lengths in response heads, numbers in JSON bodies.
public enum DecimalDigits {
    /// How many digits `value` (≥ 0) has.
    @inlinable
    public static func count(_ value: Int) -> Int {
        var digits = 1, rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return digits
    }

    /// Writes the `digits` digits of `value` (≥ 0) to `target[0..<digits]`.
    @inlinable
    public static func write(_ value: Int, digits: Int, to target: UnsafeMutablePointer<UInt8>) {
        var remaining = value
        for i in stride(from: digits - 1, through: 0, by: -1) {
            target[i] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends the decimal digits of `value` (with a `-` when negative).
    public mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            guard value != .min else {
                append(contentsOf: String(value).utf8)
                return
            }
            append(UInt8(ascii: "-"))
            appendDecimal(-value)
            return
        }
        if value < 10 {
            append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        let digits = DecimalDigits.count(value)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digits) { buffer in
            DecimalDigits.write(value, digits: digits, to: buffer.baseAddress!)
            append(contentsOf: buffer)
        }
    }
}

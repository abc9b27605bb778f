extension Array where Element == UInt8 {
    /// Appends the decimal digits of `value` (with a `-` when negative) without making a
    /// `String`: status codes and lengths in response heads, numbers in JSON bodies.
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var remaining = value
            var start = 20
            while remaining > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }
}

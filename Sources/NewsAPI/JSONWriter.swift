import HTTPCore

/// Writes compact JSON straight into bytes, with commas managed for the caller. Faster than
/// `JSONEncoder` and keeps keys in the order written, which makes bodies stable and testable.
///
/// The bytes go into a buffer the writer owns (a pointer, a count and a capacity), so a write
/// is a capacity check and a copy: an `Array`'s append checks uniqueness and goes through its
/// generic sequence path, a fifth of an article body's encoding. Not copyable, so the buffer
/// has one owner; `bytes` copies the result out once.
public struct JSONWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Whether the current container already holds a value (so the next needs a comma).
    private var needsComma = false
    /// The same flag for each enclosing container, one bit per level (deeper levels in `deep`).
    private var enclosing: UInt64 = 0
    private var depth = 0
    private var deep: [Bool] = []

    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The JSON written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    // MARK: Values

    public mutating func beginObject() { open(UInt8(ascii: "{")) }

    public mutating func endObject() { close(UInt8(ascii: "}")) }

    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes an object key; the next value written is its value. Keys are literals in our
    /// code, written as they are (they never need escaping).
    public mutating func key(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        reserve(length + 4)
        if needsComma { storage[count] = UInt8(ascii: ","); count += 1 }
        storage[count] = UInt8(ascii: "\"")
        (storage + count + 1).update(from: name.utf8Start, count: length)
        storage[count + 1 + length] = UInt8(ascii: "\"")
        storage[count + 2 + length] = UInt8(ascii: ":")
        count += length + 3
        needsComma = false
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    /// Writes `value` or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func int(_ value: Int) {
        separate()
        appendDecimal(value)
    }

    /// A finite number with up to 4 decimals (scores), trailing zeros dropped; non-finite
    /// numbers become 0.
    public mutating func double(_ value: Double) {
        separate()
        guard value.isFinite else {
            append(UInt8(ascii: "0"))
            return
        }
        let scaled = (value * 10_000).rounded()
        guard abs(scaled) < 1e15 else {
            var text = String(value)
            text.withUTF8 { append($0) }
            return
        }
        let whole = Int(scaled)
        if whole < 0 { append(UInt8(ascii: "-")) }
        let magnitude = abs(whole)
        appendDecimal(magnitude / 10_000)
        var fraction = magnitude % 10_000
        guard fraction != 0 else { return }
        append(UInt8(ascii: "."))
        var digits = 4
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    public mutating func bool(_ value: Bool) {
        separate()
        appendLiteral(value ? "true" : "false")
    }

    public mutating func null() {
        separate()
        appendLiteral("null")
    }

    /// A `[start, end]` pair.
    public mutating func pair(_ a: Int, _ b: Int) {
        beginArray()
        int(a)
        int(b)
        endArray()
    }

    /// Inserts already-encoded JSON as one value.
    public mutating func raw(_ json: [UInt8]) {
        separate()
        json.withUnsafeBufferPointer { append($0) }
    }

    // MARK: Structure

    private mutating func separate() {
        if needsComma { append(UInt8(ascii: ",")) }
        needsComma = true
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        append(bracket)
        if depth < 64 {
            enclosing = needsComma ? enclosing | (1 << depth) : enclosing & ~(1 << depth)
        } else {
            deep.append(needsComma)
        }
        depth += 1
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        needsComma = depth < 64 ? enclosing & (1 << depth) != 0 : deep.removeLast()
        append(bracket)
    }

    // MARK: Bytes

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.initialize(from: storage, count: count)
        storage.deallocate()
        storage = new
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        reserve(buffer.count)
        (storage + count).update(from: base, count: buffer.count)
        count += buffer.count
    }

    /// Appends a literal's bytes as they are.
    private mutating func appendLiteral(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// The decimal digits of `value`, with a `-` when negative, without making a `String`.
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            guard value != .min else {
                appendLiteral("-9223372036854775808")
                return
            }
            append(UInt8(ascii: "-"))
            appendDecimal(-value)
            return
        }
        let digits = DecimalDigits.count(value)
        reserve(digits)
        DecimalDigits.write(value, digits: digits, to: storage + count)
        count += digits
    }

    private mutating func appendQuoted(_ s: String) {
        append(UInt8(ascii: "\""))
        var s = s
        // Runs of bytes that need no escape are copied whole; most text is one run. Eight bytes
        // are checked at a time while none of them needs escaping.
        s.withUTF8 { utf8 in
            var run = 0
            var i = 0
            let count = utf8.count
            let base = UnsafeRawPointer(utf8.baseAddress)
            while i < count {
                if i + 8 <= count, let base, !Self.anyNeedsEscape(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                let byte = utf8[i]
                if Self.needsEscape(byte) {
                    append(UnsafeBufferPointer(rebasing: utf8[run..<i]))
                    appendEscaped(byte)
                    run = i + 1
                }
                i += 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes needs escaping (SWAR: a byte below 0x20, or equal to `"` or
    /// `\\`; the classic "has zero byte" test applied to `word ^ c`).
    @inline(__always)
    private static func anyNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below = (word &- ones &* 0x20) & ~word & highs != 0
        return below || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
    }

    /// Control characters, `"` and `\\` (RFC 8259 §7). UTF-8 lead and continuation bytes are
    /// all ≥ 0x80, so they never match.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The JSON escape of one byte that cannot appear raw in a string (RFC 8259 §7).
    private mutating func appendEscaped(_ byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            appendLiteral("u00")
            append(hex.utf8Start[Int(byte >> 4)])
            append(hex.utf8Start[Int(byte & 0xF)])
        }
    }
}

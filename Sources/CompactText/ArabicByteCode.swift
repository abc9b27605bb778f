/// A one-byte code for the scalars of Arabic news text, so that a stored text takes about half
/// of its UTF-8 bytes before compression: ASCII stays itself, U+0600–U+066F (the Arabic letters,
/// harakat, punctuation and digits) become 0x80–0xEF, fifteen frequent other scalars
/// (`frequent`) 0xF0–0xFE, and any other scalar is 0xFF followed by its own UTF-8 bytes.
/// Decoding gives back the UTF-8 bytes exactly.
enum ArabicByteCode {
    /// The scalars coded 0xF0 onwards: no-break space, guillemets, curly quotes, dashes, bullet,
    /// ellipsis, ZWNJ, RLM and the Persian letters Arabic news text borrows.
    static let frequent: [UInt32] = [0x00A0, 0x00AB, 0x00BB, 0x201C, 0x201D, 0x2013, 0x2014, 0x2022,
                                     0x2026, 0x200C, 0x200F, 0x06CC, 0x067E, 0x0686, 0x06AF]
    /// The byte before a scalar's own UTF-8 bytes.
    static let escape: UInt8 = 0xFF

    /// Per code byte: its scalar's UTF-8 bytes, first byte lowest, and their count in the top
    /// byte (ASCII: itself, count 1; the escape: count 0, decoded apart).
    static let utf8OfCode: [UInt32] = (0..<256).map { code in
        if code < 0x80 { return UInt32(code) | 1 << 24 }
        if code == Int(escape) { return 0 }
        let value = code < 0xF0 ? 0x0600 + UInt32(code - 0x80) : frequent[code - 0xF0]
        var packed: UInt32 = 0, count: UInt32 = 0
        for byte in String(Character(Unicode.Scalar(value)!)).utf8 {
            packed |= UInt32(byte) << (8 * count)
            count += 1
        }
        return packed | count << 24
    }

    /// Bytes `decode` may write past the end of the text (it stores four bytes at a time).
    static let slack = 4

    /// The code byte of a non-ASCII scalar, or nil when it is escaped.
    @inline(__always)
    static func code(of value: UInt32) -> UInt8? {
        if value >= 0x0600 && value < 0x0670 { return UInt8(0x80 + value - 0x0600) }
        for (i, f) in frequent.enumerated() where f == value { return UInt8(0xF0 + i) }
        return nil
    }

    /// How many bytes the UTF-8 sequence led by `lead` takes.
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The code of valid UTF-8 `utf8`.
    static func encode(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            let lead = utf8[i]
            if lead < 0x80 {
                out.append(lead)
                i += 1
                continue
            }
            let length = sequenceLength(lead)
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
            if let code = code(of: value) {
                out.append(code)
            } else {
                out.append(escape)
                out.append(contentsOf: utf8[i..<(i + length)])
            }
            i += length
        }
        return out
    }

    /// Writes the UTF-8 bytes of `code` to `out`, which has room for them plus `slack` bytes;
    /// returns how many, or nil when `code` is malformed or they would not fit. Each code byte
    /// is one table load and one four-byte store (the bytes past a scalar's own are overwritten
    /// by the next), so the loop has no branch per script.
    static func decode(_ code: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard let codeBase = code.baseAddress else { return 0 }
        guard let base = out.baseAddress, out.count >= slack else { return nil }
        let raw = UnsafeMutableRawPointer(base)
        let limit = out.count - slack, n = code.count
        var o = 0, i = 0
        return utf8OfCode.withUnsafeBufferPointer { table -> Int? in
            while i < n {
                guard o <= limit else { return nil }
                let c = codeBase[i]
                let packed = table[Int(c)]
                if packed != 0 {
                    raw.storeBytes(of: packed.littleEndian, toByteOffset: o, as: UInt32.self)
                    o += Int(packed >> 24)
                    i += 1
                    continue
                }
                guard i + 1 < n else { return nil }
                let length = sequenceLength(codeBase[i + 1])
                guard i + 1 + length <= n, o + length <= limit else { return nil }
                for k in 0..<length { base[o + k] = codeBase[i + 1 + k] }
                o += length
                i += 1 + length
            }
            return o
        }
    }
}

/// A text held compactly (Lucene's stored fields, compressed, read back on access): its UTF-8
/// recoded one byte a scalar for Arabic (`ArabicByteCode`), then deflated when that is smaller.
/// `string` gives back exactly the bytes it was made from. One reference to one buffer: copies
/// share it, and equal texts' buffers are equal byte for byte (the encoding is deterministic).
public struct StoredText: Sendable, Hashable {
    /// Layout: empty for the empty text; otherwise a kind byte (`plain` or `deflated`), the UTF-8
    /// length as a varint, for `deflated` the code's length as a varint, then the code or its
    /// deflated bytes.
    let bytes: [UInt8]

    static let plain: UInt8 = 0
    static let deflated: UInt8 = 1
    /// Below this many code bytes deflate is not tried (it rarely gains on a line).
    static let deflateThreshold = 64

    /// The stored form of `text`.
    public init(_ text: String) {
        var text = text
        bytes = text.withUTF8 { utf8 in
            guard !utf8.isEmpty else { return [] }
            let code = ArabicByteCode.encode(utf8)
            return code.withUnsafeBufferPointer { codeBytes in
                if code.count >= Self.deflateThreshold, let (packed, count) = RawDeflate.deflate(codeBytes) {
                    return packed.withUnsafeBufferPointer {
                        Self.assemble(.deflated, utf8Count: utf8.count, codeCount: code.count, payload: UnsafeBufferPointer(rebasing: $0[..<count]))
                    }
                }
                return Self.assemble(.plain, utf8Count: utf8.count, codeCount: nil, payload: codeBytes)
            }
        }
    }

    /// How many UTF-8 bytes the text has.
    public var utf8Count: Int {
        guard !bytes.isEmpty else { return 0 }
        var at = 1
        return Self.varint(bytes, &at)
    }

    /// Stored bytes, header included (what the text costs, besides the buffer's own header).
    public var storedCount: Int { bytes.count }

    /// The text, decoded (and inflated) anew on each call: read it once per use.
    public var string: String {
        guard !bytes.isEmpty else { return "" }
        return bytes.withUnsafeBufferPointer { stored in
            var at = 1
            let utf8Count = Self.varint(stored, &at)
            let kind = stored[0]
            let codeCount = kind == Self.deflated ? Self.varint(stored, &at) : stored.count - at
            let payload = UnsafeBufferPointer(rebasing: stored[at...])
            return String(unsafeUninitializedCapacity: utf8Count + ArabicByteCode.slack) { out in
                let written: Int?
                if kind == Self.deflated {
                    written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: codeCount) { code in
                        RawDeflate.inflate(payload, into: code) ? ArabicByteCode.decode(UnsafeBufferPointer(code), into: out) : nil
                    }
                } else {
                    written = ArabicByteCode.decode(payload, into: out)
                }
                guard written == utf8Count else { Self.damaged() }
                return utf8Count
            }
        }
    }

    /// The buffers are made here and never change: a mismatch is a bug, not bad input.
    private static func damaged() -> Never {
        fatalError("StoredText: stored bytes do not decode to their recorded length")
    }

    private enum Kind { case plain, deflated }

    private static func assemble(_ kind: Kind, utf8Count: Int, codeCount: Int?, payload: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var header: [UInt8] = [kind == .deflated ? deflated : plain]
        appendVarint(utf8Count, to: &header)
        if let codeCount { appendVarint(codeCount, to: &header) }
        return [UInt8](unsafeUninitializedCapacity: header.count + payload.count) { out, count in
            let base = out.baseAddress!
            base.initialize(from: header, count: header.count)
            if let p = payload.baseAddress { (base + header.count).initialize(from: p, count: payload.count) }
            count = header.count + payload.count
        }
    }

    private static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var v = UInt(value)
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    private static func varint<C: RandomAccessCollection<UInt8>>(_ bytes: C, _ at: inout Int) -> Int where C.Index == Int {
        var value = 0, shift = 0
        while true {
            let b = bytes[at]
            at += 1
            value |= Int(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }
}

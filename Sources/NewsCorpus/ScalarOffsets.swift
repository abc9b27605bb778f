import ArabicText

/// Converts the Unicode-scalar offsets the analysers use into UTF-8 offsets of a text, so that
/// stored spans can be turned back into strings without keeping copies of the words.
struct ScalarOffsets {
    /// UTF-8 offset of each scalar offset, `0...scalarCount`.
    private let utf8: [UInt32]

    init(_ text: String) {
        var text = text
        utf8 = text.withUTF8 { bytes in
            var offsets: [UInt32] = []
            offsets.reserveCapacity(bytes.count + 1)
            for (position, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                offsets.append(UInt32(position))
            }
            offsets.append(UInt32(bytes.count))
            return offsets
        }
    }

    /// The UTF-8 offsets of the scalar offsets `scalars` (in any order, each at most the
    /// text's scalar count) of `text`, found by one pass over its bytes without a table of
    /// every scalar: for a few spans read back per request.
    static func utf8Offsets(in text: String, of scalars: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: scalars.count)
        guard !scalars.isEmpty else { return result }
        let order = scalars.indices.sorted { scalars[$0] < scalars[$1] }
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var scalar = 0, byte = 0
            for k in order {
                let wanted = scalars[k]
                // Eight bytes at a time while the wanted scalar lies beyond them: a scalar
                // starts at each byte that is not a continuation byte (10xxxxxx).
                while byte &+ 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                    let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                    let starts = 8 &- continuations.nonzeroBitCount
                    guard scalar &+ starts <= wanted else { break }
                    scalar &+= starts
                    byte &+= 8
                }
                while byte < bytes.count, scalar < wanted || base[byte] & 0xC0 == 0x80 {
                    if base[byte] & 0xC0 != 0x80 { scalar &+= 1 }
                    byte &+= 1
                }
                result[k] = byte
            }
        }
        return result
    }

    /// The words of `text` at each of `spans` (scalar offsets), by one pass over its bytes.
    static func texts(in text: String, spans: [TextSpan]) -> [String] {
        var bounds: [Int] = []
        bounds.reserveCapacity(2 * spans.count)
        for span in spans { bounds.append(span.start); bounds.append(span.end) }
        let utf8 = utf8Offsets(in: text, of: bounds)
        return spans.indices.map { UTF8Span(start: UInt32(utf8[2 * $0]), end: UInt32(utf8[2 * $0 + 1])).text(in: text) }
    }

    /// The UTF-8 offset of scalar offset `scalar`.
    subscript(scalar: Int) -> UInt32 { utf8[scalar] }

    /// The UTF-8 range of a scalar span.
    func utf8Span(_ span: TextSpan) -> UTF8Span {
        UTF8Span(start: utf8[span.start], end: utf8[span.end])
    }

    /// The words of `text` at scalar offsets `start..<end`, found by one scan of the text
    /// (for occasional look-ups; keep a `ScalarOffsets` for many).
    static func substring(of text: String, scalars span: TextSpan) -> String {
        var scalar = 0
        var start: String.Index?
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex, scalar < span.end {
            if scalar == span.start { start = index }
            text.unicodeScalars.formIndex(after: &index)
            scalar += 1
        }
        if scalar == span.start { start = index }
        return start.map { String(text.unicodeScalars[$0..<index]) } ?? ""
    }
}

/// A range of a text in UTF-8 offsets, end exclusive: where stored words are read back from.
struct UTF8Span: Sendable, Hashable {
    var start: UInt32
    var end: UInt32

    /// The words of `text` in this range.
    func text(in text: String) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(start))
        let to = utf8.index(utf8.startIndex, offsetBy: Int(end))
        return String(Substring(utf8[from..<to]))
    }
}

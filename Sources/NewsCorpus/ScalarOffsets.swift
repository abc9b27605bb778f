import ArabicText

/// Converts the Unicode-scalar offsets the analysers use into UTF-8 offsets of a text, so that
/// stored spans can be turned back into strings without keeping copies of the words.
struct ScalarOffsets {
    /// UTF-8 offset of each scalar offset, `0...scalarCount`.
    private let utf8: [UInt32]

    init(_ text: String) {
        var offsets: [UInt32] = []
        offsets.reserveCapacity(text.utf8.count + 1)
        var position: UInt32 = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { offsets.append(position) }
            position += 1
        }
        offsets.append(position)
        utf8 = offsets
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

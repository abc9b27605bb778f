/// The lines of a word-list resource, read as UTF-8 bytes: the lists hold over 100,000 lines,
/// and reading them as `Character`s (grapheme breaking, one `Substring` a line) was most of
/// the model's start-up work.
enum ResourceLines {
    /// Calls `body` with each line of `text` that is neither empty nor a `#` comment, without
    /// its line end (`\n`, `\r\n`) and without the spaces and tabs at its ends.
    static func forEach(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var low = start, high = end
                while low < high, isBlank(bytes[low]) { low += 1 }
                while high > low, isBlank(bytes[high - 1]) { high -= 1 }
                if low < high, bytes[low] != UInt8(ascii: "#") {
                    body(UnsafeBufferPointer(rebasing: bytes[low..<high]))
                }
                start = end + 1
            }
        }
    }

    /// The fields of `line` between tabs, empty ones left out (as `split(separator: "\t")`).
    static func fields(of line: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
        var fields: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        for i in 0...line.count where i == line.count || line[i] == 0x09 {
            if i > start { fields.append(UnsafeBufferPointer(rebasing: line[start..<i])) }
            start = i + 1
        }
        return fields
    }

    /// The text of `bytes` (valid UTF-8: the resource was read as a `String`).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// A space, a tab or a carriage return.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}

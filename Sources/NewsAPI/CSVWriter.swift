/// Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF, a
/// field quoted (quotes doubled) when it holds a comma, quote, CR or LF. UTF-8 after a byte
/// order mark, which spreadsheets need to read Arabic as UTF-8.
struct CSVWriter {
    /// What a CSV file starts with: the UTF-8 byte order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private(set) var bytes: [UInt8] = CSVWriter.byteOrderMark

    init(header: [String]) {
        bytes.reserveCapacity(1 << 16)
        row(header)
    }

    /// Appends one record.
    mutating func row(_ fields: [String]) {
        Self.append(fields, to: &bytes)
    }

    /// The byte order mark and the header record: a streamed file's first bytes.
    static func start(header: [String]) -> [UInt8] {
        CSVWriter(header: header).bytes
    }

    /// Appends one record to `bytes`.
    static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field: field, to: &bytes)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    private static func append(field: String, to bytes: inout [UInt8]) {
        let utf8 = field.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

import ArabicText

/// The analysis cache's binary form, little-endian throughout:
///
///     "MARSADAC"  format:u32  analysisVersion:u32  model:u64
///     strings:u32  { bytes:u32  utf8… }                 names, roles and date expressions
///     entries:u32  { key:u64×2  entities:u32  dates:u32
///                    { type:u8 (+ 0x80 local)  name:u32  start:u32  end:u32  role:u32 (0 none, else string + 1) }
///                    { expression:u32  start:u32  end:u32  flags:u8  value:7  hijri:7 } }
///     crc32:u32                                         of every byte before it
///
/// A date value is `year:i32 (Int32.min unknown)  month:i8  day:i8 (-1 unknown)  precision:u8`.
enum AnalysisCacheFormat {
    static let magic: [UInt8] = Array("MARSADAC".utf8)
    /// 2: a mention's type byte carries `localFlag`.
    static let formatVersion: UInt32 = 2
    /// Set in a mention's type byte when it is a local name (`EntityMention.isLocal`).
    static let localFlag: UInt8 = 0x80
    static let entityBytes = 17
    static let dateBytes = 27
    static let entryHeaderBytes = 24
    static let precisions: [TemporalValue.Precision] = [.day, .month, .year, .decade]
}

/// Appends little-endian values to a byte buffer.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }

    /// A date value in 7 bytes; false (nothing written) when its year does not fit.
    mutating func date(_ v: TemporalValue?) {
        guard let v else {
            bytes.append(contentsOf: [UInt8](repeating: 0, count: 7))
            return
        }
        u32(UInt32(bitPattern: v.year.map { Int32($0) } ?? .min))
        u8(UInt8(bitPattern: Int8(v.month ?? -1)))
        u8(UInt8(bitPattern: Int8(v.day ?? -1)))
        u8(UInt8(AnalysisCacheFormat.precisions.firstIndex(of: v.precision)!))
    }

    /// Whether `v` can be written exactly.
    static func fits(_ v: TemporalValue?) -> Bool {
        guard let v else { return true }
        return (v.year.map { Int32(exactly: $0) != nil } ?? true) && (v.month ?? 0) >= -1 && (v.month ?? 0) <= 127
            && (v.day ?? 0) >= -1 && (v.day ?? 0) <= 127
    }
}

/// Reads little-endian values from bytes, every read bounds-checked: a truncated or damaged
/// file throws instead of reading past its end.
struct ByteReader {
    struct Malformed: Error {}

    let bytes: UnsafeRawBufferPointer
    var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    mutating func skip(_ n: Int) throws {
        guard n >= 0, n <= bytes.count - offset else { throw Malformed() }
        offset += n
    }

    mutating func u8() throws -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u32() throws -> UInt32 {
        guard bytes.count - offset >= 4 else { throw Malformed() }
        defer { offset += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    mutating func u64() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Malformed() }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func string(_ count: Int) throws -> String {
        guard count >= 0, bytes.count - offset >= count else { throw Malformed() }
        defer { offset += count }
        guard let s = String(validating: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self) else {
            throw Malformed()
        }
        return s
    }

    /// A date value written by `ByteWriter.date`; nil when `present` is false.
    mutating func date(present: Bool) throws -> TemporalValue? {
        let year = Int32(bitPattern: try u32())
        let month = Int8(bitPattern: try u8())
        let day = Int8(bitPattern: try u8())
        let precision = Int(try u8())
        guard present else { return nil }
        guard precision < AnalysisCacheFormat.precisions.count else { throw Malformed() }
        return TemporalValue(year: year == .min ? nil : Int(year), month: month < 0 ? nil : Int(month),
                             day: day < 0 ? nil : Int(day), precision: AnalysisCacheFormat.precisions[precision])
    }
}

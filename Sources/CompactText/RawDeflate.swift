import CZlib

/// zlib's raw deflate (no header or checksum: `StoredText` keeps the lengths itself) over whole
/// buffers, one call each way.
enum RawDeflate {
    /// Level 6 with an 8 KiB window and a small hash table (memory level 6): on the SaudiNewsNet
    /// texts (50.7 MiB of code) the same 25.4 MiB as zlib's defaults in two thirds of the time
    /// (most of a deflate of a short text is setting up its tables); level 1 gives 26.5 MiB.
    static let level: Int32 = 6
    static let windowBits: Int32 = -13
    static let memoryLevel: Int32 = 6
    /// Inflating takes any window up to zlib's largest.
    static let inflateWindowBits: Int32 = -15

    /// `input` deflated (in a buffer with spare room: the first `count` bytes), or nil when zlib
    /// fails or the result is no smaller.
    static func deflate(_ input: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], count: Int)? {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, windowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            stream.next_out = out.baseAddress
            stream.avail_out = UInt32(out.count)
            return CZlib.deflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END, Int(stream.total_out) < input.count else { return nil }
        return (output, Int(stream.total_out))
    }

    /// Inflates `input` into `output`, which it must fill exactly; false when it does not.
    static func inflate(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var stream = z_stream()
        guard inflateInit2_(&stream, inflateWindowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return false }
        defer { inflateEnd(&stream) }
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        stream.next_out = output.baseAddress
        stream.avail_out = UInt32(output.count)
        let status = CZlib.inflate(&stream, Z_FINISH)
        return status == Z_STREAM_END && Int(stream.total_out) == output.count
    }
}

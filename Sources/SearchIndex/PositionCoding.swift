/// How one document's positions of a key are stored: bytes, each position a delta from the
/// previous one's token. A position (`PostingList.encode`) is written as the varint (7 bits a
/// byte, low first) of `tokenDelta << 2 | newVariant << 1 | spansNext`, followed by its variant
/// byte when `newVariant` (the variant differs from the previous position's; 0 before the
/// first). About 2 bytes a position instead of 4: most deltas are below 32 and most documents
/// repeat one form of a stem. Positions must ascend (as they do: sorted by token).
enum PositionCoding {
    /// Calls `write` with each byte of `positions`' encoding; returns how many.
    @inline(__always)
    static func encode(count: Int, _ position: (Int) -> UInt32, _ write: (UInt8) -> Void) -> Int {
        var bytes = 0, token: UInt32 = 0, variant: UInt32 = 0
        for i in 0..<count {
            let p = position(i)
            let t = PostingList.token(p), v = PostingList.variant(p)
            precondition(t >= token, "positions must ascend")
            var head = (t - token) << 2 | (v != variant ? 2 : 0) | (p & 1)
            while head >= 0x80 {
                write(UInt8(truncatingIfNeeded: head) | 0x80)
                head >>= 7
                bytes += 1
            }
            write(UInt8(head))
            bytes += 1
            if v != variant {
                write(UInt8(v))
                bytes += 1
            }
            token = t
            variant = v
        }
        return bytes
    }

    /// Bytes the encoding of `count` positions takes.
    static func byteCount(count: Int, _ position: (Int) -> UInt32) -> Int {
        encode(count: count, position) { _ in }
    }

    /// Reads one run of encoded positions back, in order.
    struct Decoder {
        private var next: UnsafeRawPointer
        private let end: UnsafeRawPointer
        private var token: UInt32 = 0, variant: UInt32 = 0

        /// The run `bytes` (`lo..<hi`, byte offsets) of the storage at `storage`, read as raw bytes.
        @inline(__always) init(_ storage: UnsafeRawPointer, _ bytes: (lo: Int, hi: Int)) {
            next = storage + bytes.lo
            end = storage + bytes.hi
        }

        /// Whether every position has been read.
        @inline(__always) var isEmpty: Bool { next == end }

        /// The next encoded position; the run must not be empty.
        @inline(__always) mutating func read() -> UInt32 {
            var byte = UInt32(next.load(as: UInt8.self))
            next += 1
            var head = byte & 0x7F, shift: UInt32 = 7
            while byte & 0x80 != 0 {
                byte = UInt32(next.load(as: UInt8.self))
                next += 1
                head |= (byte & 0x7F) << shift
                shift += 7
            }
            token &+= head >> 2
            if head & 2 != 0 {
                variant = UInt32(next.load(as: UInt8.self))
                next += 1
            }
            return token << 9 | variant << 1 | (head & 1)
        }

        /// How many positions are left (reads them).
        @inline(__always) mutating func count() -> Int {
            var n = 0
            while !isEmpty {
                _ = read()
                n += 1
            }
            return n
        }
    }

    /// Decodes the run `bytes` of `storage` into `buffer` (room for at least `bytes.hi - bytes.lo`
    /// positions: a position takes a byte at least); returns how many.
    @inline(__always)
    static func decode(_ storage: UnsafeRawPointer, _ bytes: (lo: Int, hi: Int), into buffer: UnsafeMutablePointer<UInt32>) -> Int {
        var decoder = Decoder(storage, bytes)
        var n = 0
        while !decoder.isEmpty {
            buffer[n] = decoder.read()
            n &+= 1
        }
        return n
    }
}

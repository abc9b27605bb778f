import Foundation

/// Distinct strings (words, names, grouping keys) numbered in order of insertion, held as one
/// UTF-8 buffer with an open-addressing table of ids: what a `[String: UInt32]` plus a `[String]`
/// of the same strings did, at about a third of the bytes (no `String` object per string, no
/// 16-byte key per bucket). The search vocabulary, the person-merge index and the corpus's
/// grouping keys each keep one.
///
/// Strings match as `String`s do, by canonical equivalence: the hash is taken over the string's
/// NFC bytes, and two strings whose bytes differ are compared as strings when either is not
/// plainly NFC (it has a scalar other than ASCII, Latin up to U+02FF and the Arabic letters
/// U+0621–U+064A, so rare in Arabic text that the slow comparison costs nothing).
public struct StringTable: Sendable {
    /// Every string's UTF-8 bytes as inserted, one after another.
    private var bytes: [UInt8] = []
    /// Where each string ends in `bytes`, with `slowFlag` set when it is not plainly NFC.
    private var ends: [UInt32] = []
    /// Id + 1 of the string hashed to each slot (0: empty); a power of two, at most 3/4 full.
    private var slots: [UInt32] = []

    private static let slowFlag: UInt32 = 1 << 31

    /// An empty table.
    public init() {}

    /// How many strings.
    public var count: Int { ends.count }

    /// Bytes the table's arrays hold (their capacity).
    public var byteCount: Int { bytes.capacity + 4 * (ends.capacity + slots.capacity) }

    /// The id of `word`, or nil.
    public func id(of word: String) -> UInt32? {
        var copy = word
        return copy.withUTF8 { find($0, word: word).id }
    }

    /// The id of `word`, inserting it (the next id) when new.
    public mutating func insert(_ word: String) -> (id: UInt32, inserted: Bool) {
        var copy = word
        return copy.withUTF8 { utf8 in
            let (found, slot) = find(utf8, word: word)
            if let found { return (found, false) }
            let id = UInt32(ends.count)
            bytes.append(contentsOf: utf8)
            precondition(bytes.count < Int(Self.slowFlag), "string table over 2 GiB")
            ends.append(UInt32(bytes.count) | (Self.isPlain(utf8) ? 0 : Self.slowFlag))
            if 4 * ends.count > 3 * slots.count {
                grow()
            } else {
                slots[slot] = id + 1
            }
            return (id, true)
        }
    }

    /// The string numbered `id`, as inserted.
    public func string(_ id: UInt32) -> String {
        let range = self.range(Int(id))
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Every string, in id order.
    public var all: [String] { (0..<UInt32(count)).map(string) }

    /// Room for `count` more strings of `bytes` UTF-8 bytes in all, so that inserting them
    /// neither doubles the buffers nor, in a copy of a shared table, leaves half of them unused
    /// (the slots still double when they fill).
    public mutating func reserveCapacity(adding count: Int, bytes: Int) {
        self.bytes.reserveCapacity(self.bytes.count + bytes)
        ends.reserveCapacity(ends.count + count)
    }

    /// The same table with its buffers at their exact sizes (appending leaves up to half unused).
    public func compacted() -> StringTable {
        var table = StringTable()
        // `Array(array)` would share the buffer, spare capacity and all.
        table.bytes = bytes.withUnsafeBufferPointer { Array($0) }
        table.ends = ends.withUnsafeBufferPointer { Array($0) }
        table.slots = slots.withUnsafeBufferPointer { Array($0) }
        return table
    }

    /// The bytes of the string numbered `i`.
    private func range(_ i: Int) -> Range<Int> {
        let start = i == 0 ? 0 : Int(ends[i - 1] & ~Self.slowFlag)
        return start..<Int(ends[i] & ~Self.slowFlag)
    }

    /// The id of the string with bytes `utf8` (the string `word`), or nil and the empty slot where it goes.
    private func find(_ utf8: UnsafeBufferPointer<UInt8>, word: String) -> (id: UInt32?, slot: Int) {
        guard !slots.isEmpty else { return (nil, 0) }
        let plain = Self.isPlain(utf8)
        let mask = slots.count - 1
        var slot = Self.hash(plain ? utf8 : nil, word: word) & mask
        return bytes.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return (nil, slot) }
                    let id = Int(entry - 1)
                    let candidate = UnsafeBufferPointer(rebasing: stored[range(id)])
                    if candidate.elementsEqual(utf8) { return (UInt32(id), slot) }
                    if !plain || ends[id] & Self.slowFlag != 0,
                       String(decoding: candidate, as: UTF8.self) == word { return (UInt32(id), slot) }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    /// Doubles the slots (at least 16) and places every string again.
    private mutating func grow() {
        let size = max(16, slots.count * 2)
        var slots = [UInt32](repeating: 0, count: size)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { stored in
            for id in ends.indices {
                let utf8 = UnsafeBufferPointer(rebasing: stored[range(id)])
                let plain = ends[id] & Self.slowFlag == 0
                var slot = Self.hash(plain ? utf8 : nil, word: plain ? "" : String(decoding: utf8, as: UTF8.self)) & mask
                while slots[slot] != 0 { slot = (slot &+ 1) & mask }
                slots[slot] = UInt32(id + 1)
            }
        }
        self.slots = slots
    }

    /// FNV-1a over the NFC bytes: `plain` when the string is plainly NFC, else those of `word`.
    private static func hash(_ plain: UnsafeBufferPointer<UInt8>?, word: String) -> Int {
        func fnv(_ utf8: some Sequence<UInt8>) -> Int {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
        if let plain { return fnv(plain) }
        return fnv(word.precomposedStringWithCanonicalMapping.utf8)
    }

    /// Whether every scalar of the UTF-8 `word` is below U+0300 or an Arabic letter U+0621–U+064A:
    /// such scalars are NFC, compose with nothing, so the bytes are the word's NFC bytes.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b < 0x80 { i += 1; continue }
            guard i + 1 < n else { return false }
            let next = utf8[i + 1]
            switch b {
            case 0xC2...0xCB: break                           // U+0080–U+02FF
            case 0xD8 where next >= 0xA1: break               // U+0621–U+063F
            case 0xD9 where next <= 0x8A: break               // U+0640–U+064A
            default: return false
            }
            i += 2
        }
        return true
    }
}

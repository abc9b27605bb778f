/// 64-bit fingerprints of features. A value (a word, an affix, a class) is fingerprinted once
/// with FNV-1a over its UTF-8 bytes; a feature is a template number mixed with one to three value
/// fingerprints (a SplitMix64 finaliser per step). Deterministic across runs and machines (unlike
/// `Hasher`), so the trainer and the server agree on what each weight means.
enum FeatureHash {
    /// The fingerprint of a value's bytes.
    @inline(__always)
    static func value(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The fingerprint of `prefix + text`'s bytes, without making that string.
    @inline(__always)
    static func value(_ prefix: StaticString, _ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        prefix.withUTF8Buffer { bytes in
            for byte in bytes {
                h ^= UInt64(byte)
                h &*= 0x0000_0100_0000_01B3
            }
        }
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The fingerprint of some unicode scalars' UTF-8 bytes (`value(String(scalars))` without the string).
    @inline(__always)
    static func value<S: Sequence>(scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            UTF8.encode(scalar) { byte in
                h ^= UInt64(byte)
                h &*= 0x0000_0100_0000_01B3
            }
        }
        return h
    }

    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9E37_79B9_7F4A_7C15 &+ (b ^ (b >> 29))
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Template `t` alone.
    @inline(__always)
    static func of(_ t: UInt64) -> UInt64 { mix(t, 0) }
    /// Template `t` with one value.
    @inline(__always)
    static func of(_ t: UInt64, _ a: UInt64) -> UInt64 { mix(mix(t, 1), a) }
    /// Template `t` with two values.
    @inline(__always)
    static func of(_ t: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { mix(mix(mix(t, 2), a), b) }
    /// Template `t` with three values.
    @inline(__always)
    static func of(_ t: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 { mix(mix(mix(mix(t, 3), a), b), c) }
}

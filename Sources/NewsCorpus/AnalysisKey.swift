import ArabicText

/// What an article's cached analysis is looked up by: a 128-bit digest of everything the
/// analysis of a dated article depends on besides the code and the weights (which the cache
/// file's header carries): the cleaned text, the title and the article's own date (the anchor of
/// relative dates). Two independent 64-bit lanes, so that a wrong article is never served for
/// want of bits (a collision among a million articles is about 10⁻²⁷ likely).
public struct AnalysisKey: Sendable, Hashable {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The key of a dated article; nil for an undated one, whose date is estimated from its
    /// content against today's date (so its analysis depends on the day: never cached).
    public init?(article: Article) {
        guard let published = article.published, !article.publishedEstimated else { return nil }
        var digest = article.textDigest  // `Digest128` of the text
        digest.add(article.title)
        digest.add(published.description)
        digest.add(published.precision.rawValue)
        self = digest.key
    }
}

/// A streaming 128-bit digest: two multiply-xorshift lanes over 8-byte words, each string's
/// length mixed in so that ("ab", "c") and ("a", "bc") differ. Not cryptographic: it guards
/// against accidents (a changed text), not against an attacker who controls the data folder.
struct Digest128: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    mutating func add(_ string: String) {
        var string = string
        string.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        while i + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        mix(tail)
        mix(UInt64(bytes.count) ^ 0xFF51_AFD7_ED55_8CCD)
    }

    mutating func add(_ value: UInt64) {
        mix(value)
    }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x9FB2_1C65_1E98_DF25
        a ^= a >> 29
        b = (b &+ word) &* 0xD6E8_FEB8_6659_FD93
        b = (b << 31 | b >> 33) ^ (b >> 27)
    }

    /// The final key (both lanes avalanched).
    var key: AnalysisKey {
        func finish(_ x: UInt64) -> UInt64 {
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return AnalysisKey(high: finish(a ^ b >> 7), low: finish(b ^ a << 3))
    }
}

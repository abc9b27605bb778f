import ArabicText
import Foundation
import NewsCorpus

/// The entity list's `q` filter: whether a normalised name contains the normalised query.
///
/// Compared as UTF-8 bytes when the query holds only ASCII and Arabic-block scalars (what
/// `ArabicNormalizer` leaves of Arabic names): there a byte match is a character match. Other
/// queries (accented Latin, say, where composed and decomposed forms are the same text) go
/// through Foundation's comparison, which folds them; it costs ~0.2 µs a name, bytes ~10 ns.
/// Known spelling variants of the needle (أمريكية/أميركية, سورية/سوريا; `SpellingVariants`)
/// match too.
struct NameFilter {
    let needle: String
    private let bytes: [UInt8]
    private let bytesDecide: Bool
    /// The needle's other spellings.
    private let variants: [NameFilter]

    init(_ needle: String) {
        self.init(needle, variants: SpellingVariants.alternatives(of: needle))
    }

    private init(_ needle: String, variants: [String]) {
        self.needle = needle
        bytes = Array(needle.utf8)
        bytesDecide = needle.unicodeScalars.allSatisfy { $0.isASCII || (0x0600...0x06FF).contains($0.value) }
        self.variants = variants.map { NameFilter($0, variants: []) }
    }

    /// Whether one of the entity's normalised names contains the needle (or a variant of it).
    func matches(_ entity: CorpusEntity) -> Bool {
        entity.anyMatchKey(matches)
    }

    func matches(_ key: String) -> Bool {
        matches(Substring(key))
    }

    func matches(_ key: Substring) -> Bool {
        matchesOwnSpelling(key) || variants.contains { $0.matchesOwnSpelling(key) }
    }

    private func matchesOwnSpelling(_ key: Substring) -> Bool {
        guard bytesDecide else { return key.contains(needle) }
        var key = key
        return key.withUTF8 { Self.contains($0, bytes) }
    }

    /// Whether `needle` occurs in `haystack` (first byte found, then the rest compared).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return needle.withUnsafeBufferPointer { needle in
            var i = 0
            let last = haystack.count - needle.count
            while i <= last {
                if haystack[i] == first, memcmp(haystack.baseAddress! + i, needle.baseAddress!, needle.count) == 0 {
                    return true
                }
                i += 1
            }
            return false
        }
    }
}

import ArabicText
import Foundation

/// A list of words the model reads as one more lexicon class (a feature, never a decision):
/// the words of person names (`Resources/person-name-words.txt`, from arabnamer's English →
/// Arabic name dictionary, CC BY 4.0: Arab and foreign given and family names alike, `نيستلروي`,
/// `كاسياس`, which the rules' given-name lists do not hold), and the common words of the language
/// (`Resources/common-words.txt`, from Ayaspell's Hunspell dictionary, MPL 1.1, its names left
/// out: Arabic has no capitals, and a transliterated name is what a dictionary lacks).
public struct WordList: Sendable {
    /// Fingerprints of the normalised words, sorted (a binary search; half the memory of a set).
    let keys: [UInt64]
    /// `buckets[b]`: the first of `keys` whose top `bucketBits` bits are `b` or more (one more
    /// entry: `keys.count`). Fingerprints are spread evenly, so a bucket holds about four keys:
    /// a search reads the index and one or two cache lines of keys, not seventeen far-apart keys.
    private let buckets: [UInt32]
    private let bucketBits: Int
    /// A fingerprint of the list's text (an analysis cache made with another list is not used).
    public let fingerprint: UInt64

    /// The list read from `text` (one word a line, `#` comments), as bytes (`ResourceLines`):
    /// the common-word list has over 100,000 lines.
    public init(text: String) {
        var keys: [UInt64] = []
        ResourceLines.forEach(in: text) { line in
            keys.append(FeatureHash.value(ArabicNormalizer.normalize(ResourceLines.string(line))))
        }
        keys.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for k in keys where unique.last != k { unique.append(k) }
        self.keys = unique
        let bits = max(1, (Int.bitWidth - unique.count.leadingZeroBitCount) - 2)
        var buckets = [UInt32](repeating: 0, count: (1 << bits) + 1)
        var k = 0
        for b in 0..<(1 << bits) {
            buckets[b] = UInt32(k)
            while k < unique.count, Int(unique[k] >> UInt64(64 - bits)) == b { k += 1 }
        }
        buckets[1 << bits] = UInt32(unique.count)
        self.buckets = buckets
        self.bucketBits = bits
        fingerprint = FeatureHash.value(text)
    }

    /// Whether the word whose normalised key has fingerprint `key` is listed.
    func contains(_ key: UInt64) -> Bool {
        let b = Int(key >> UInt64(64 - bucketBits))
        var low = Int(buckets[b]), high = Int(buckets[b + 1])
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < Int(buckets[b + 1]) && keys[low] == key
    }

    /// The words of person names, found beside the shipped weights (`person-name-words.txt`);
    /// empty when missing (the features then never fire, as for a word the list lacks).
    public static let personNameWords = WordList(text: ModelWeights.textBesideShippedWeights("person-name-words.txt") ?? "")

    /// The common words of the language, found beside the shipped weights (`common-words.txt`).
    public static let commonWords = WordList(text: ModelWeights.textBesideShippedWeights("common-words.txt") ?? "")

    /// Given names that are also everyday words (`سعيد` "happy", `وسام` "medal"), found beside the
    /// shipped weights (`everyday-given-names.txt`): alone, a person only beside a cue (`LocalNames`).
    public static let everydayGivenNames = WordList(text: ModelWeights.textBesideShippedWeights("everyday-given-names.txt") ?? "")

    /// The number of words listed.
    public var count: Int { keys.count }
}

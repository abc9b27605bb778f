import ArabicText
import Foundation

/// Words of person names (`Resources/person-name-words.txt`, from arabnamer's English → Arabic
/// name dictionary, CC BY 4.0): one more lexicon class the model reads as evidence
/// (`nameWord`), never a decision. Arab and foreign given and family names alike
/// (`نيستلروي`, `كاسياس`, `ناكامورا`), which the rules' given-name lists do not hold.
public struct NameWords: Sendable {
    /// Fingerprints of the normalised words (`FeatureHash.value`, as `TokenFacts.key`).
    let keys: Set<UInt64>

    /// The list read from `text` (one word a line, `#` comments).
    public init(text: String) {
        var keys = Set<UInt64>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let word = line.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else { continue }
            keys.insert(FeatureHash.value(ArabicNormalizer.normalize(word)))
        }
        self.keys = keys
    }

    /// Whether the word whose normalised key has fingerprint `key` is listed.
    func contains(_ key: UInt64) -> Bool { keys.contains(key) }

    /// The shipped list, found beside the shipped weights (`person-name-words.txt`); empty when
    /// missing (the features then never fire, as for a word the list lacks).
    public static let shipped: NameWords = {
        for weights in ModelWeights.shippedLocations {
            let path = URL(fileURLWithPath: weights).deletingLastPathComponent().appendingPathComponent("person-name-words.txt").path
            if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) {
                return NameWords(text: text)
            }
        }
        return NameWords(text: "")
    }()

    /// The number of words listed.
    public var count: Int { keys.count }
}

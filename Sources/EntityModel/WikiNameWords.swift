import ArabicText
import Foundation

/// Words of Arabic Wikipedia's names of people, sports clubs and cities
/// (`Resources/wiki-name-words.tsv`, from ArWikiCats, MIT): lexicon classes the model reads as
/// evidence (`wikiper`, `wikiclub`, `wikicity`, whole or after a proclitic), never decisions.
public struct WikiNameWords: Sendable {
    /// The classes of each normalised word's fingerprint, one bit per class of `names`.
    let bits: [UInt64: UInt8]
    /// The class names (`wikicity`, `wikiclub`, `wikiper`), sorted: bit `k` is `names[k]`.
    let names: [String]
    /// The feature fingerprints of each class for the word itself (`c:`) and after a proclitic (`s:`).
    let own: [UInt64], stripped: [UInt64]
    /// A fingerprint of the list's text (an analysis cache made with another list is not used).
    public let fingerprint: UInt64

    /// The list read from `tsv` (`word<TAB>class` lines, `#` comments; at most 8 classes).
    public init(tsv: String) {
        var rows: [(UInt64, String)] = []
        ResourceLines.forEach(in: tsv) { line in
            let fields = ResourceLines.fields(of: line)
            guard fields.count == 2 else { return }
            rows.append((FeatureHash.value(ArabicNormalizer.normalize(ResourceLines.string(fields[0]))),
                         "wiki" + ResourceLines.string(fields[1])))
        }
        let names = Array(Set(rows.map(\.1))).sorted().prefix(8)
        var bits: [UInt64: UInt8] = [:]
        for (key, name) in rows {
            guard let k = names.firstIndex(of: name) else { continue }
            bits[key, default: 0] |= UInt8(1) << k
        }
        self.bits = bits
        self.names = Array(names)
        own = names.map { FeatureHash.value("c:" + $0) }
        stripped = names.map { FeatureHash.value("s:" + $0) }
        fingerprint = FeatureHash.value(tsv)
    }

    /// The feature fingerprints of the word whose normalised key has fingerprint `key`: `own`
    /// for the word itself, `stripped` for a proclitic reading; in class-name order.
    func classFingerprints(of key: UInt64, _ table: [UInt64]) -> [UInt64] {
        guard let b = bits[key] else { return [] }
        return table.indices.filter { b & (UInt8(1) << $0) != 0 }.map { table[$0] }
    }

    /// The class names of the word whose normalised key has fingerprint `key` (empty when unlisted).
    func classes(of key: UInt64) -> [String] {
        guard let b = bits[key] else { return [] }
        return names.indices.filter { b & (UInt8(1) << $0) != 0 }.map { names[$0] }
    }

    /// The shipped list, found beside the shipped weights (`wiki-name-words.tsv`); empty when missing.
    public static let shipped = WikiNameWords(tsv: ModelWeights.textBesideShippedWeights("wiki-name-words.tsv") ?? "")

    /// The number of words listed.
    public var count: Int { bits.count }
}

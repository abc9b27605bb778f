import ArabicText
import Foundation

/// Words of Arabic Wikipedia's names of people, sports clubs and cities
/// (`Resources/wiki-name-words.tsv`, from ArWikiCats, MIT): lexicon classes the model reads as
/// evidence (`wikiper`, `wikiclub`, `wikicity`, whole or after a proclitic), never decisions.
public struct WikiNameWords: Sendable {
    /// The class fingerprints (`c:wiki…`, `s:wiki…`) of each normalised word's fingerprint.
    let classes: [UInt64: [String]]
    /// A fingerprint of the list's text (an analysis cache made with another list is not used).
    public let fingerprint: UInt64

    /// The list read from `tsv` (`word<TAB>class` lines, `#` comments).
    public init(tsv: String) {
        var table: [UInt64: [String]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let key = FeatureHash.value(ArabicNormalizer.normalize(String(fields[0])))
            let cls = "wiki" + fields[1].trimmingCharacters(in: .whitespaces)
            if !(table[key]?.contains(cls) ?? false) { table[key, default: []].append(cls) }
        }
        classes = table
        fingerprint = FeatureHash.value(tsv)
    }

    /// The classes of the word whose normalised key has fingerprint `key` (empty when unlisted).
    func classes(of key: UInt64) -> [String] { classes[key] ?? [] }

    /// The shipped list, found beside the shipped weights (`wiki-name-words.tsv`); empty when missing.
    public static let shipped = WikiNameWords(tsv: ModelWeights.textBesideShippedWeights("wiki-name-words.tsv") ?? "")

    /// The number of words listed.
    public var count: Int { classes.count }
}

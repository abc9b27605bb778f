/// The stems the search analyser knows, as suffix keys (`SuffixRules.key`): a proclitic reading
/// is trusted when its rest is one of them, and a word that is one keeps its first letter.
/// Built once from `StemLexicon.words` (generated from the Ayaspell dictionary; see
/// `StemLexiconData.swift` and scripts/search-lexicon/build_stem_lexicon.py).
public struct StemLexicon: Sendable {
    /// The dictionary's lexicon, parsed on first use.
    public static let shared = StemLexicon(lines: words)

    private let keys: Set<String>

    /// A lexicon of the given normalised words (one a line).
    public init(lines: String) {
        var keys = Set<String>()
        keys.reserveCapacity(lines.utf8.count / 10)
        for line in lines.split(separator: "\n", omittingEmptySubsequences: true) {
            keys.insert(SuffixRules.key(String(line)))
        }
        self.keys = keys
    }

    /// Whether `key` is the suffix key of a known stem.
    @inline(__always)
    public func contains(_ key: String) -> Bool {
        keys.contains(key)
    }

    /// How many distinct keys the lexicon holds.
    public var count: Int { keys.count }
}

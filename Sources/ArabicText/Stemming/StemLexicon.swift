/// The stems the search analyser knows, as suffix keys (`SuffixRules.key`): a proclitic reading
/// is trusted when its rest is one of them, and a word that is one keeps its first letter.
/// Built once from `StemLexicon.words` and `verbs` (generated from the Ayaspell dictionary; see
/// `StemLexiconData.swift` and scripts/search-lexicon/build_stem_lexicon.py) and a small
/// hand-compiled `supplement` of later names.
public struct StemLexicon: Sendable {
    /// The dictionary's lexicon, parsed on first use.
    public static let shared = StemLexicon(words: words + "\n" + supplement, verbs: verbs)

    /// Keys of nouns and particles; keys of verbs that no noun shares.
    private let nouns: Set<String>, verbOnly: Set<String>
    /// The words themselves, normalised.
    private let words: Set<String>

    /// A lexicon of normalised nouns (and particles) and verbs, one a line.
    public init(words: String, verbs: String) {
        nouns = Self.keys(words, except: [])
        verbOnly = Self.keys(verbs, except: nouns)
        var all = Set<String>()
        for line in (words + "\n" + verbs).split(separator: "\n", omittingEmptySubsequences: true) { all.insert(String(line)) }
        self.words = all
    }

    /// Whether the normalised `word` itself is in the dictionary (as written, not as a key).
    @inline(__always)
    public func containsWord(_ word: String) -> Bool {
        words.contains(word)
    }

    private static func keys(_ lines: String, except: Set<String>) -> Set<String> {
        var keys = Set<String>()
        keys.reserveCapacity(lines.utf8.count / 10)
        for line in lines.split(separator: "\n", omittingEmptySubsequences: true) {
            let key = SuffixRules.key(String(line))
            if !except.contains(key) { keys.insert(key) }
        }
        return keys
    }

    /// Whether `key` is the suffix key of a known stem.
    @inline(__always)
    public func contains(_ key: String) -> Bool {
        nouns.contains(key) || verbOnly.contains(key)
    }

    /// Whether `key` is known only as a verb (no noun has it).
    @inline(__always)
    public func isVerbOnly(_ key: String) -> Bool {
        verbOnly.contains(key)
    }

    /// How many distinct keys the lexicon holds.
    public var count: Int { nouns.count + verbOnly.count }
}

/// Corpus-wide merges of a person's name forms, each only with evidence (a wrong merge is worse
/// than a missed one):
/// - a lone family name joins the full name that ends with it when that full name holds at least
///   90 % of the corpus's full-name mentions ending with it, with at least 5 of them
///   (`أوباما` → `باراك أوباما`, while `سلمان` — a given name — and a surname two people share stay apart);
/// - a name of three words or more joins its only longer form that adds lineage to it
///   (`سلمان بن عبد العزيز` → `سلمان بن عبد العزيز آل سعود`), or the extension holding 90 % of its
///   extensions' mentions (with those that are its prefixes), at least 5;
/// - a name of two or three words joins the longer name that ends with it under the same rule as a
///   lone family name (90 % of the longer names ending with it, at least 5), if it is rarer than
///   that name (`عبد الله صالح` → `علي عبد الله صالح`, while `محمد علي` stays itself);
/// - a name of two words joins, under the same rule, the longer name that has its first and last
///   words, the middle left out (`علي صالح` → `علي عبد الله صالح`: a given name and family name
///   without the father's), never across a father's name (`محمد سلمان` ≠ `محمد بن سلمان`).
/// A word after `بن`, `أبو`… is a father's name, not a family name (`سلمان` ≠ `محمد بن سلمان`).
enum PersonVariants {
    /// Maps person keys to the key they join. Keys are `per:` + normalised words.
    static func merges(counts: [String: Int]) -> [String: String] {
        PersonVariantIndex(counts: counts).merges
    }

    /// A word that can stand for a family name: not a given name, title, place or function word.
    static func isFamilyName(_ word: String) -> Bool {
        word.count >= 3 && !PersonLexicon.arabicGivenNames.contains(word) && !PersonLexicon.foreignGivenNames.contains(word)
            && !PersonLexicon.titles.contains(word) && Gazetteer.shared.entries[word] == nil && !FunctionWords.contains(word)
    }
}

/// The person keys of a corpus with their mention counts, indexed for `PersonVariants`'
/// decisions, so that a change to a few counts re-decides only the keys it can touch (a lone
/// name by its last word, a three-word name by its prefixes, a short name by its suffixes).
public struct PersonVariantIndex: Sendable {
    /// Mentions per person key (keys with none are absent).
    private var counts: [String: Int] = [:]
    /// Keys of two words or more, by last word.
    private var byLastWord: [String: [String]] = [:]
    /// Keys of four words or more, by each prefix of three words or more (as a key).
    private var byPrefix: [String: [String]] = [:]
    /// Keys of three words or more, by each short form they may be written as: a suffix of two or
    /// three words not opening with a particle, and their first and last word (as keys).
    private var bySuffix: [String: [String]] = [:]
    /// Each key's own decision, before chains are followed.
    private var decisions: [String: String] = [:]

    /// The index of `counts` (by grouping key; keys of other types are left out).
    public init(counts: [String: Int]) {
        for (key, count) in counts where count > 0 && key.hasPrefix("per:") {
            self.counts[key] = count
            index(key, words: Self.words(key))
        }
        for key in self.counts.keys {
            if let target = decision(key) { decisions[key] = target }
        }
    }

    /// Every key that joins another, with the key it ends in (chains followed).
    public var merges: [String: String] {
        decisions.mapValues(follow)
    }

    /// The key that `key`'s mentions join (`key` itself when it joins none).
    public func target(of key: String) -> String {
        decisions[key].map(follow) ?? key
    }

    /// Adds `deltas` to the counts (keys of other types are ignored) and re-decides the keys
    /// they can touch. Returns false when a key present before and after now joins another key
    /// (or none) than before: merges made earlier would change. New keys may join any key.
    public mutating func update(_ deltas: [String: Int]) -> Bool {
        var touched = Set<String>()
        var changed = Set<String>()
        var existed = Set<String>()
        for (key, delta) in deltas where delta != 0 && key.hasPrefix("per:") {
            let before = counts[key] ?? 0
            let after = before + delta
            precondition(after >= 0, "a count below zero")
            let words = Self.words(key)
            changed.insert(key)
            if before > 0 { existed.insert(key) }
            if before == 0 { index(key, words: words) }
            if after == 0 { unindex(key, words: words) }
            counts[key] = after > 0 ? after : nil
            touched.insert(key)
            if words.count >= 2, let last = words.last { touched.insert("per:" + last) }
            if words.count >= 4 {
                for cut in 3..<words.count { touched.insert("per:" + words[..<cut].joined(separator: " ")) }
            }
            for suffix in Self.suffixes(words) { touched.insert(suffix) }
        }
        var stable = true
        for key in touched {
            let isPresent = counts[key] != nil
            let wasPresent = changed.contains(key) ? existed.contains(key) : isPresent
            let next = isPresent ? decision(key) : nil
            if wasPresent && isPresent && next != decisions[key] { stable = false }
            decisions[key] = next
        }
        return stable
    }

    private func follow(_ first: String) -> String {
        var t = first
        var seen: Set<String> = [t]
        while let next = decisions[t], seen.insert(next).inserted { t = next }
        return t
    }

    private static func words(_ key: String) -> [String] {
        key.dropFirst(4).split(separator: " ").map(String.init)
    }

    /// Whether `words` end in a family name (not a father's name after `بن`, `أبو`…).
    private static func endsInFamilyName(_ words: [String]) -> Bool {
        words.count >= 2 && !PersonLexicon.nameParticles.contains(words[words.count - 2])
    }

    /// The short forms of `words` (a key of three words or more), as keys: its suffixes of two or
    /// three words that do not open with a particle, and its first and last word when it ends in
    /// a family name (`علي صالح` for `علي عبد الله صالح`, none for `محمد بن سلمان`).
    private static func suffixes(_ words: [String]) -> [String] {
        guard words.count >= 3 else { return [] }
        var forms: [String] = (max(1, words.count - 3)..<(words.count - 1)).compactMap { cut in
            PersonLexicon.nameParticles.contains(words[cut]) ? nil : "per:" + words[cut...].joined(separator: " ")
        }
        if let ends = ends(words), !forms.contains(ends) { forms.append(ends) }
        return forms
    }

    /// The first and last word of `words` (a key of three words or more ending in a family name),
    /// as a key.
    private static func ends(_ words: [String]) -> String? {
        guard words.count >= 3, endsInFamilyName(words), let first = words.first, let last = words.last,
              !PersonLexicon.nameParticles.contains(first) else { return nil }
        return "per:" + first + " " + last
    }

    private mutating func index(_ key: String, words: [String]) {
        guard words.count >= 2, let last = words.last else { return }
        if Self.endsInFamilyName(words) { byLastWord[last, default: []].append(key) }
        if words.count >= 4 {
            for cut in 3..<words.count { byPrefix["per:" + words[..<cut].joined(separator: " "), default: []].append(key) }
        }
        for suffix in Self.suffixes(words) { bySuffix[suffix, default: []].append(key) }
    }

    private mutating func unindex(_ key: String, words: [String]) {
        guard words.count >= 2, let last = words.last else { return }
        for suffix in Self.suffixes(words) {
            bySuffix[suffix]?.removeAll { $0 == key }
            if bySuffix[suffix]?.isEmpty == true { bySuffix[suffix] = nil }
        }
        byLastWord[last]?.removeAll { $0 == key }
        if byLastWord[last]?.isEmpty == true { byLastWord[last] = nil }
        if words.count >= 4 {
            for cut in 3..<words.count {
                let prefix = "per:" + words[..<cut].joined(separator: " ")
                byPrefix[prefix]?.removeAll { $0 == key }
                if byPrefix[prefix]?.isEmpty == true { byPrefix[prefix] = nil }
            }
        }
    }

    /// The longer key of `keys` holding 90 % of their mentions, with at least 5.
    private func dominant(_ keys: [String]) -> (key: String, count: Int)? {
        let full = keys.map { (key: $0, count: counts[$0] ?? 0) }
        let total = full.reduce(0) { $0 + $1.count }
        guard let best = full.max(by: { ($0.count, $1.key) < ($1.count, $0.key) }),
              best.count >= 5, Double(best.count) >= 0.9 * Double(total) else { return nil }
        return best
    }

    /// The key `key` joins by itself (`PersonVariants`' three rules), if any.
    private func decision(_ key: String) -> String? {
        let words = Self.words(key)
        if words.count == 1, let word = words.first, PersonVariants.isFamilyName(word), let keys = byLastWord[word] {
            return dominant(keys)?.key
        }
        if (2...3).contains(words.count), let keys = bySuffix[key], let best = dominant(keys), (counts[key] ?? 0) < best.count {
            return best.key
        }
        if words.count >= 3, let longer = byPrefix[key] {
            // The longest extension, if every other extension is a prefix of it; or else the
            // extension that holds 90 % of the extensions' mentions (with those that are its
            // prefixes), with at least 5: one odd span (`… آل سعود خادم`) no longer blocks it.
            let sorted = longer.sorted { ($0.count, $0) > ($1.count, $1) }
            if let longest = sorted.first, sorted.allSatisfy({ longest.hasPrefix($0) }) {
                return longest
            }
            let total = longer.reduce(0) { $0 + (counts[$1] ?? 0) }
            if let best = longer.max(by: { (counts[$0] ?? 0, $1) < (counts[$1] ?? 0, $0) }) {
                let held = longer.filter { best.hasPrefix($0) }.reduce(0) { $0 + (counts[$1] ?? 0) }
                if counts[best] ?? 0 >= 5, Double(held) >= 0.9 * Double(total) { return best }
            }
        }
        return nil
    }
}

extension PersonVariantIndex {
    /// About how many bytes the index holds beyond the keys' own text (shared with the caller's
    /// keys): its tables' entries, and the last words and prefixes it makes.
    public var approximateBytes: Int {
        func text(_ s: String) -> Int { s.utf8.count > 15 ? 32 + s.utf8.count : 0 }
        var bytes = counts.count * 32 + decisions.count * 48
        for (word, keys) in byLastWord { bytes += 48 + text(word) + 32 + keys.count * 16 }
        for (prefix, keys) in byPrefix { bytes += 48 + text(prefix) + 32 + keys.count * 16 }
        for (suffix, keys) in bySuffix { bytes += 48 + text(suffix) + 32 + keys.count * 16 }
        return bytes * 4 / 3
    }
}

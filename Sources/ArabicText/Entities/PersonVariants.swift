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
///   that name (`عبد الله صالح` → `علي عبد الله صالح`, while `محمد علي` stays itself), or if it
///   opens with a surname particle (`فان غال` → `لويس فان غال`, however often it stands alone);
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
///
/// Held compactly: every key it knows (those counted, and the last words, prefixes and short
/// forms it files longer keys under) is numbered once in a `StringTable`, and the counts,
/// decisions and lists hold those numbers. Ids are never taken back (a key whose count falls to
/// zero keeps its number for when it returns).
public struct PersonVariantIndex: Sendable {
    /// Every key the index knows, numbered.
    private var keys = StringTable()
    /// Mentions per key id (0: none).
    private var counts: [UInt32] = []
    /// Keys of two words or more, under their last word (as a key: `per:` + the word).
    private var byLastWord = IDLists()
    /// Keys of four words or more, under each prefix of three words or more (as a key).
    private var byPrefix = IDLists()
    /// Keys of three words or more, under each short form they may be written as: a suffix of two
    /// or three words not opening with a particle, and their first and last word (as keys).
    private var bySuffix = IDLists()
    /// Each key's own decision, before chains are followed (key id → key id).
    private var decisions: [UInt32: UInt32] = [:]

    /// The index of `counts` (by grouping key; keys of other types and local names are left out).
    public init(counts: [String: Int]) {
        for (key, count) in counts where count > 0 && Self.isIndexed(key) {
            let id = intern(key)
            self.counts[Int(id)] = UInt32(count)
            index(id, words: Self.words(key))
        }
        for id in self.counts.indices where self.counts[id] > 0 {
            if let target = decision(UInt32(id)) { decisions[UInt32(id)] = target }
        }
        compact()
    }

    /// Every key that joins another, with the key it ends in (chains followed).
    public var merges: [String: String] {
        var merges: [String: String] = [:]
        merges.reserveCapacity(decisions.count)
        for id in decisions.keys { merges[keys.string(id)] = keys.string(follow(id)) }
        return merges
    }

    /// The key that `key`'s mentions join (`key` itself when it joins none).
    public func target(of key: String) -> String {
        guard let id = keys.id(of: key), decisions[id] != nil else { return key }
        return keys.string(follow(id))
    }

    /// Adds `deltas` to the counts (keys of other types are ignored) and re-decides the keys
    /// they can touch. Returns false when a key present before and after now joins another key
    /// (or none) than before: merges made earlier would change. New keys may join any key.
    public mutating func update(_ deltas: [String: Int]) -> Bool {
        reserve(for: deltas)
        var touched = Set<String>()
        var changed = Set<UInt32>()
        var existed = Set<UInt32>()
        for (key, delta) in deltas where delta != 0 && Self.isIndexed(key) {
            let id = intern(key)
            let before = Int(counts[Int(id)])
            let after = before + delta
            precondition(after >= 0, "a count below zero")
            let words = Self.words(key)
            changed.insert(id)
            if before > 0 { existed.insert(id) }
            if before == 0 { index(id, words: words) }
            if after == 0 { unindex(id, words: words) }
            precondition(after <= Int(UInt32.max), "a count over 2^32")
            counts[Int(id)] = UInt32(after)
            touched.insert(key)
            if words.count >= 2, let last = words.last { touched.insert("per:" + last) }
            if words.count >= 4 {
                for cut in 3..<words.count { touched.insert("per:" + words[..<cut].joined(separator: " ")) }
            }
            for suffix in Self.suffixes(words) { touched.insert(suffix) }
        }
        var stable = true
        // A key the table never saw has no count and no decision: nothing to re-decide.
        for id in Set(touched.compactMap(keys.id(of:))) {
            let isPresent = counts[Int(id)] > 0
            let wasPresent = changed.contains(id) ? existed.contains(id) : isPresent
            let next = isPresent ? decision(id) : nil
            if wasPresent && isPresent && next != decisions[id] { stable = false }
            decisions[id] = next
        }
        return stable
    }

    /// Whether the index counts `key`: a person's, and not a local name's (a given name alone is a
    /// person of its own document: it neither joins nor is joined).
    public static func isIndexed(_ key: String) -> Bool {
        key.hasPrefix("per:") && !EntityResolver.isLocalKey(key)
    }

    /// The id of `key`, numbering it (with no mentions) when new.
    private mutating func intern(_ key: String) -> UInt32 {
        let (id, inserted) = keys.insert(key)
        if inserted { counts.append(0) }
        return id
    }

    /// Room for the keys and links `deltas` can add, so that a copy of a shared index being
    /// updated does not double its buffers: a new key files itself under at most its last word,
    /// its prefixes and three short forms.
    private mutating func reserve(for deltas: [String: Int]) {
        var strings = 0, bytes = 0, prefixes = 0, newKeys = 0
        for (key, delta) in deltas where delta > 0 && Self.isIndexed(key) {
            if let id = keys.id(of: key), counts[Int(id)] > 0 { continue }
            let words = key.utf8.lazy.filter { $0 == UInt8(ascii: " ") }.count + 1
            newKeys += 1
            prefixes += max(0, words - 3)
            strings += words + 2
            bytes += (words + 2) * key.utf8.count
        }
        guard newKeys > 0 else { return }
        keys.reserveCapacity(adding: strings, bytes: bytes)
        counts.reserveCapacity(counts.count + strings)
        byLastWord.reserveCapacity(adding: newKeys)
        byPrefix.reserveCapacity(adding: prefixes)
        bySuffix.reserveCapacity(adding: 3 * newKeys)
    }

    /// The tables at their exact sizes.
    private mutating func compact() {
        keys = keys.compacted()
        counts = counts.withUnsafeBufferPointer { Array($0) }
        byLastWord = byLastWord.compacted()
        byPrefix = byPrefix.compacted()
        bySuffix = bySuffix.compacted()
    }

    private func follow(_ first: UInt32) -> UInt32 {
        var t = first
        var seen: Set<UInt32> = [t]
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
    /// three words that do not open with a particle nor follow `بن` (what follows `بن` is the
    /// father: `خالد بن عبدالعزيز` is no short form of `فيصل بن خالد بن عبدالعزيز`), and its first
    /// and last word when it ends in a family name (`علي صالح` for `علي عبد الله صالح`, none for
    /// `محمد بن سلمان`).
    private static func suffixes(_ words: [String]) -> [String] {
        guard words.count >= 3 else { return [] }
        var forms: [String] = (max(1, words.count - 3)..<(words.count - 1)).compactMap { cut in
            PersonLexicon.nameParticles.contains(words[cut]) || lineageParticles.contains(words[cut - 1])
                ? nil : "per:" + words[cut...].joined(separator: " ")
        }
        if let ends = ends(words), !forms.contains(ends) { forms.append(ends) }
        return forms
    }

    /// Particles of European surnames as Arabic writes them (`فان غال`, `دي ماريا`, `دا سيلفا`):
    /// a short form opening with one is the family name, which joins as a lone one does, however
    /// often it stands alone. Normalised.
    private static let surnameParticles: Set<String> = ["فان", "فون", "دي", "دا", "دو", "ديل", "دل", "لا", "لو"]

    /// "Son of", "daughter of": the words after them name the father. Normalised.
    private static let lineageParticles: Set<String> = ["بن", "ابن", "بنت"]

    /// The first and last word of `words` (a key of three words or more ending in a family name),
    /// as a key.
    private static func ends(_ words: [String]) -> String? {
        guard words.count >= 3, endsInFamilyName(words), let first = words.first, let last = words.last,
              !PersonLexicon.nameParticles.contains(first) else { return nil }
        return "per:" + first + " " + last
    }

    /// The prefixes of three words or more of `words` (a key of four words or more), as keys.
    private static func prefixes(_ words: [String]) -> [String] {
        guard words.count >= 4 else { return [] }
        return (3..<words.count).map { "per:" + words[..<$0].joined(separator: " ") }
    }

    private mutating func index(_ id: UInt32, words: [String]) {
        guard words.count >= 2, let last = words.last else { return }
        if Self.endsInFamilyName(words) { byLastWord.add(id, to: intern("per:" + last)) }
        for prefix in Self.prefixes(words) { byPrefix.add(id, to: intern(prefix)) }
        for suffix in Self.suffixes(words) { bySuffix.add(id, to: intern(suffix)) }
    }

    private mutating func unindex(_ id: UInt32, words: [String]) {
        guard words.count >= 2, let last = words.last else { return }
        for suffix in Self.suffixes(words) {
            if let s = keys.id(of: suffix) { bySuffix.remove(id, from: s) }
        }
        if let l = keys.id(of: "per:" + last) { byLastWord.remove(id, from: l) }
        for prefix in Self.prefixes(words) {
            if let p = keys.id(of: prefix) { byPrefix.remove(id, from: p) }
        }
    }

    private func count(_ id: UInt32) -> Int { Int(counts[Int(id)]) }

    /// The key of `ids` holding 90 % of their mentions, with at least 5 (of equal counts, the
    /// key that sorts first).
    private func dominant(_ ids: [UInt32]) -> (id: UInt32, count: Int)? {
        var total = 0
        var best: (id: UInt32, count: Int)?
        for id in ids {
            let c = count(id)
            total += c
            if let b = best, c < b.count || (c == b.count && !(keys.string(id) < keys.string(b.id))) { continue }
            best = (id, c)
        }
        guard let best, best.count >= 5, Double(best.count) >= 0.9 * Double(total) else { return nil }
        return best
    }

    /// The key `id` joins by itself (`PersonVariants`' three rules), if any.
    private func decision(_ id: UInt32) -> UInt32? {
        let words = Self.words(keys.string(id))
        if words.count == 1, let word = words.first, PersonVariants.isFamilyName(word),
           let lastWord = keys.id(of: "per:" + word), let ids = byLastWord.values(of: lastWord) {
            return dominant(ids)?.id
        }
        if (2...3).contains(words.count), let ids = bySuffix.values(of: id), let best = dominant(ids),
           count(id) < best.count || Self.surnameParticles.contains(words[0]) {
            return best.id
        }
        if words.count >= 3, let ids = byPrefix.values(of: id) {
            // The longest extension, if every other extension is a prefix of it; or else the
            // extension that holds 90 % of the extensions' mentions (with those that are its
            // prefixes), with at least 5: one odd span (`… آل سعود خادم`) no longer blocks it.
            let longer = ids.map { (id: $0, key: keys.string($0), count: count($0)) }
            let sorted = longer.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }
            if let longest = sorted.first, sorted.allSatisfy({ longest.key.hasPrefix($0.key) }) {
                return longest.id
            }
            let total = longer.reduce(0) { $0 + $1.count }
            if let best = longer.max(by: { ($0.count, $1.key) < ($1.count, $0.key) }) {
                let held = longer.filter { best.key.hasPrefix($0.key) }.reduce(0) { $0 + $1.count }
                if best.count >= 5, Double(held) >= 0.9 * Double(total) { return best.id }
            }
        }
        return nil
    }
}

extension PersonVariantIndex {
    /// Bytes the index holds (its tables' capacity): the keys' text and slots, the counts, the
    /// three lists and the decisions.
    public var approximateBytes: Int {
        keys.byteCount + counts.capacity * 4 + byLastWord.byteCount + byPrefix.byteCount + bySuffix.byteCount
            + decisions.capacity * 8 * 4 / 3
    }
}

extension PersonVariantIndex {
    /// The number the index gives `key` (every person key with mentions has one), for a caller
    /// that keeps something per person key by number; nil for a key it never saw. Numbers run
    /// from 0 below `keyCount` and are never taken back, so they hold across updates.
    public func keyID(of key: String) -> UInt32? { keys.id(of: key) }

    /// How many keys the index has numbered (also the last words, prefixes and short forms it
    /// files longer keys under).
    public var keyCount: Int { keys.count }
}

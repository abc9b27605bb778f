/// A set of normalised words (or phrases) for the entity tables. `Set<String>` hashes and
/// compares non-ASCII text by normalising it on every lookup, which dominated entity analysis;
/// this set hashes a `WordKey` (an FNV-1a fingerprint of the UTF-8 bytes) instead. The words
/// are stored already normalised (see `WordTable`), so byte identity is the equality wanted.
struct WordSet: Sendable, Sequence {
    private var keys: Set<WordKey>

    /// A set of already-normalised words.
    init<S: Sequence>(_ words: S) where S.Element == String {
        keys = Set(words.lazy.map { WordKey($0) })
    }

    /// An empty set.
    init() { keys = [] }

    /// Whether the normalised word `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        keys.contains(WordKey(word))
    }

    /// Whether the word of `key` is in the set.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        keys.contains(key)
    }

    /// The words of both sets.
    func union(_ other: WordSet) -> WordSet {
        var out = self
        out.keys.formUnion(other.keys)
        return out
    }

    /// Adds a normalised word.
    mutating func insert(_ word: String) {
        keys.insert(WordKey(word))
    }

    /// The number of words.
    var count: Int { keys.count }

    /// Whether the set has no words.
    var isEmpty: Bool { keys.isEmpty }

    /// The words, in no particular order.
    func makeIterator() -> IndexingIterator<[String]> {
        keys.map(\.text).makeIterator()
    }
}

/// A dictionary keyed by normalised words or phrases, hashed like `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
    private var storage: [WordKey: Value] = [:]

    /// An empty map.
    init() {}

    /// The value stored for the normalised word or phrase `key`.
    subscript(key: String) -> Value? {
        get { storage[WordKey(key)] }
        set { storage[WordKey(key)] = newValue }
    }

    /// The value stored for `key`.
    subscript(key: WordKey) -> Value? {
        storage[key]
    }

    /// The number of entries.
    var count: Int { storage.count }
}

extension WordMap: Sequence {
    /// The entries as (normalised word or phrase, value), in no particular order.
    func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var inner = storage.makeIterator()
        return AnyIterator { inner.next().map { (key: $0.key.text, value: $0.value) } }
    }
}

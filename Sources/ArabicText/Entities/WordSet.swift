/// A set of normalised words (or phrases) for the entity tables. `Set<String>` hashes and
/// compares non-ASCII text by normalising it on every lookup, which dominated entity analysis;
/// this set looks up a `WordKey` (an FNV-1a fingerprint of the UTF-8 bytes) in a
/// `FingerprintTable` instead. The words are stored already normalised (see `WordTable`), so
/// byte identity is the equality wanted.
struct WordSet: Sendable, Sequence {
    private var keys = FingerprintTable<Bool>()

    /// A set of already-normalised words.
    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { keys[WordKey(word)] = true }
    }

    /// An empty set.
    init() {}

    /// Whether the normalised word `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        keys[WordKey(word)] != nil
    }

    /// Whether the word of `key` is in the set.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        keys[key] != nil
    }

    /// Whether the word of UTF-8 bytes `bytes` is in the set.
    @inline(__always)
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keys[fingerprint: WordKey.fingerprint(of: bytes), bytes: bytes] != nil
    }

    /// The words of both sets.
    func union(_ other: WordSet) -> WordSet {
        var out = self
        for word in other { out.insert(word) }
        return out
    }

    /// Adds a normalised word.
    mutating func insert(_ word: String) {
        keys[WordKey(word)] = true
    }

    /// The number of words.
    var count: Int { keys.count }

    /// Whether the set has no words.
    var isEmpty: Bool { keys.count == 0 }

    /// The words, in no particular order.
    func makeIterator() -> IndexingIterator<[String]> {
        keys.entries.map(\.key).makeIterator()
    }
}

/// A dictionary keyed by normalised words or phrases, hashed like `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
    private var storage = FingerprintTable<Value>()

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
        var inner = storage.entries.makeIterator()
        return AnyIterator { inner.next() }
    }
}

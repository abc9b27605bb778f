import ArabicText

/// What the entity resolution of a corpus keeps so that appending articles re-keys only their
/// mentions (`EntityTable.appending`): the entity each grouping key belongs to, and the person
/// keys' counts and merge decisions. Keys are numbered once in a `StringTable`: the merge index
/// numbers the person keys (about 55 bytes a key, with the last words, prefixes and short forms it
/// files longer names under), and `KeyEntities` keeps a person key's entity by that number
/// (4 bytes) and numbers only the other keys itself (about 45 bytes a key).
struct ResolutionState: Sendable {
    /// Grouping key (`EntityResolver.keys(of:)`) → position of its entity in the resolved table.
    var keyEntity: KeyEntities
    var variants: PersonVariantIndex
}

import ArabicText

/// What the entity resolution of a corpus keeps so that appending articles re-keys only their
/// mentions (`EntityTable.appending`): the entity each grouping key belongs to, and the person
/// keys' counts and merge decisions. Both number their keys in a `StringTable`: about 45 bytes a
/// grouping key, and 55 a key of the merge index (those counted, and the last words, prefixes and
/// short forms it files longer names under).
struct ResolutionState: Sendable {
    /// Grouping key (`EntityResolver.keys(of:)`) → position of its entity in the resolved table.
    var keyEntity: KeyEntities
    var variants: PersonVariantIndex
}

import ArabicText

/// What the entity resolution of a corpus keeps so that appending articles re-keys only their
/// mentions (`EntityTable.appending`): the entity each grouping key belongs to, and the person
/// keys' counts and merge decisions. About 100 bytes a distinct key.
struct ResolutionState: Sendable {
    /// Grouping key (`EntityResolver.keys(of:)`) → position of its entity in the resolved table.
    var keyEntity: [String: Int32]
    var variants: PersonVariantIndex
}

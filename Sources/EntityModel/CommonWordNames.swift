import ArabicText

/// One-word persons that are common words of the language (`WordList.commonWords`) rather than
/// names: `رأيت`, `سوف`, `والدي` (a dream-interpretation column's questions). A word is kept when
/// any list knows it as a name (given names, the words of person names, gazetteer places) or when
/// the training data starts names with it (`أنان`, Annan, is also "moaning"; the caller checks).
/// `PersonFilters` applies it after its family-name and given-name ties. Not applied to
/// organisations and places: the dictionary holds many of them outside its names section
/// (`عسير`, `كشمير`, `أبل`), and the 3,000-article dump lost real ones by the hundred.
enum CommonWordNames {
    /// Whether the normalised one-word `key` is a common word (after a proclitic too: `وعليك`)
    /// that no name list knows (given names, person-name words, gazetteer places and regions).
    static func isCommonWordAlone(_ key: String) -> Bool {
        let readings = [key] + EntityEvidence.procliticKeys(ofNormalized: key)
        guard readings.contains(where: { WordList.commonWords.contains(FeatureHash.value($0)) }) else { return false }
        return !readings.contains { MentionBuilder.isKnownPersonName($0) || MentionBuilder.isKnownName($0) }
    }
}

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
        let whole = [key] + EntityEvidence.procliticKeys(ofNormalized: key)
        // The dictionary holds stems: a possessive pronoun is read off too (`برأيك` "by your
        // opinion", 12 times a person in articles 28,001–31,030).
        let readings = whole + whole.flatMap(withoutPronoun)
        guard readings.contains(where: { WordList.commonWords.contains(FeatureHash.value($0)) }) else { return false }
        // The name lists are asked of the word as written (`مالك` is a name, `مال` + `ك` is not read).
        return !whole.contains { MentionBuilder.isKnownPersonName($0) || MentionBuilder.isKnownName($0) }
    }

    /// Possessive pronoun suffixes, longest first. Normalised.
    static let pronounSuffixes = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ك", "ه"]

    /// `key` without a possessive pronoun suffix, when at least three letters remain.
    static func withoutPronoun(_ key: String) -> [String] {
        pronounSuffixes.compactMap { suffix in
            key.hasSuffix(suffix) && key.count - suffix.count >= 3 ? String(key.dropLast(suffix.count)) : nil
        }
    }
}

import ArabicText

/// One-word places that are a common noun with a possessive pronoun (`في بيانه`, "in his
/// statement"; `في شأنه`, `خارجه`): written with `ه`, `ها` or `هم` at the end (not the `ة` of many
/// place names, which normalising folds into `ه`), without the article, not ending in `يه` (French
/// names: `كاليه`), no place list knowing the whole (`أبها`, `حماه`, `سبها` are places), and the
/// word without the pronoun a common word of the language.
enum PronounPlaces {
    static func removing(from mentions: [EntityMention]) -> [EntityMention] {
        mentions.filter { m in
            guard m.type == .location, !m.name.unicodeScalars.contains(" "), m.name.unicodeScalars.last == "ه"
                    || m.name.hasSuffix("هم") else { return true }
            let key = ArabicNormalizer.normalize(m.name)
            // A noun with a possessive pronoun takes no article (`الوجه` is a town), and `يه` ends
            // French names (`كاليه`, Calais; `مونبلييه`).
            guard !key.hasPrefix("ال"), !key.hasSuffix("يه"), !MentionBuilder.isKnownName(key) else { return true }
            return !CommonWordNames.withoutPronoun(key).contains { WordList.commonWords.contains(FeatureHash.value($0)) }
        }
    }
}

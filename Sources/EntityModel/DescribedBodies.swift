import ArabicText

/// An organisation's head with an indefinite adjective describes a body; it names none:
/// `تنظيم إرهابي` ("a terrorist organisation"), `حزب معارض` ("an opposition party"), `مجلس بلدي`
/// ("a municipal council"), `هيئة عليا`, `قوات برية`, `شركة سعودية` (in the first 12,000
/// SaudiNewsNet articles about 60 such organisations, round 19). Such a mention of two words is
/// dropped when its second word has no article and is one of the rules' generic adjectives
/// (`الإرهابية` … without the article) or a relative adjective (ending `ي`/`ية`) of the common
/// language that no gazetteer or name list holds. A place after the head names the body (`بنك
/// دبي`), and so does any word with the article (`حزب الله`) or a name (`حركة فتح`).
enum DescribedBodies {
    static func removing(from mentions: [EntityMention]) -> [EntityMention] {
        mentions.filter { m in
            guard m.type == .organization else { return true }
            let words = m.name.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 2 else { return true }
            let head = ArabicNormalizer.normalize(String(words[0])), word = ArabicNormalizer.normalize(String(words[1]))
            guard EntityEvidence.hasClass(head, "orgHead"), !word.hasPrefix("ال") else { return true }
            return !isDescribing(word, written: String(words[1]))
        }
    }

    /// Whether the normalised word, without the article, is an adjective that describes a body.
    /// A relative adjective is written with `ي` or `ية` (`شورى`, `نزوى` end in `ى`: nouns and names).
    static func isDescribing(_ word: String, written: String) -> Bool {
        if EntityEvidence.hasClass("ال" + word, "genericAdj") { return true }
        let last = written.unicodeScalars.last
        let relative = last == "\u{064A}" || ((last == "\u{0629}" || last == "\u{0647}") && word.hasSuffix("يه"))
        guard relative, word.unicodeScalars.count >= 4, WordList.commonWords.contains(FeatureHash.value(word)),
              !WordList.personNameWords.contains(FeatureHash.value(word)) else { return false }
        return !EntityEvidence.hasClass(word, "country", "city", "region", "gazVariant", "given", "foreignGiven")
    }
}

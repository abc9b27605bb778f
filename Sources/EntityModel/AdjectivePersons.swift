import ArabicText

/// A one-word person with the article that is an adjective of the definite noun before it:
/// `الذكر الحكيم` ("the wise Remembrance", the Quran), `القرار الحكيم` ("the wise decision"),
/// `القائد الحكيم` ("the wise leader"). `الحكيم` was a person 103 times in SaudiNewsNet's
/// resolved top 100 (round 15). The adjective agrees with its noun: both carry the article, and
/// both are words of the general dictionary. A title or honorific before the name (`الرئيس
/// الأسد`, `الإمام الطيب`), a given name, or a fuller name of the same text ending in the word
/// (`عمار الحكيم`) keeps it a person.
enum AdjectivePersons {
    static func removing(from mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        mentions.filter { m in
            guard m.type == .person, !m.name.unicodeScalars.contains(" ") else { return true }
            let key = ArabicNormalizer.normalize(m.name)
            guard key.hasPrefix("ال"), isDictionaryWord(String(key.dropFirst(2))),
                  let before = word(before: m, tokens: tokens),
                  // The noun as written or after a proclitic (`بالقرار`, `للقرار`).
                  let noun = ([before] + EntityEvidence.procliticKeys(ofNormalized: before)).first(where: {
                      $0.hasPrefix("ال") && isDictionaryWord(String($0.dropFirst(2)))
                  }),
                  !EntityEvidence.hasClass(noun, "title"), !PersonFilters.isHonorific(noun),
                  !MentionBuilder.isKnownGivenName(noun)
            else { return true }
            // A fuller name of the text ending in the word (`عمار الحكيم`) is the person meant.
            return mentions.contains { other in
                other.type == .person && other.name.unicodeScalars.contains(" ")
                    && ArabicNormalizer.normalize(String(other.name.split(separator: " ").last ?? "")) == key
            }
        }
    }

    static func isDictionaryWord(_ stem: String) -> Bool {
        stem.unicodeScalars.count >= 3 && WordList.commonWords.contains(FeatureHash.value(stem))
    }

    /// The normalised word right before `m`; nil at the text's start or when the name starts
    /// inside its token (after a proclitic).
    static func word(before m: EntityMention, tokens: [ModelToken]) -> String? {
        guard let i = ModelToken.index(holding: m.start, in: tokens), tokens[i].start == m.start, i > 0 else { return nil }
        return ArabicNormalizer.normalize(tokens[i - 1].text)
    }
}

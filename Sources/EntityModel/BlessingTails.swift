import ArabicText

/// A blessing written after a name is no part of it: `فيصل رحمه الله` ("Faisal, God have mercy
/// on him"), `عثمان رضي الله عنه`, `عبدالله بن عبدالعزيز غفر الله له` (45 persons of 12,000
/// SaudiNewsNet articles ran into one). A person is cut before a blessing's verb followed by
/// `الله`, inside the name or right after it (`محمد صلى الله عليه وسلم`, where the model stopped at
/// `صلى`); nothing is left of one that starts with it. Names that hold `الله` themselves (`عبد
/// الله`, `نصر الله`) or a verb's letters alone (`رجب طيب أردوغان`) stay. A verb alone before
/// `الله` is no entity of any type (`أيده الله` was an organisation 17 times).
enum BlessingTails {
    /// Verbs of the formulae said after a name (normalised): "may God have mercy on / be pleased
    /// with / keep / protect / forgive / cover in mercy / support / guide him or her".
    /// Source: general knowledge of Arabic Islamic formulae.
    static let verbs: Set<String> = [
        "رحمه", "رحمها", "رحمهم", "يرحمه", "يرحمها", "رضي", "حفظه", "حفظها", "يحفظه", "رعاه", "رعاها",
        "غفر", "تغمده", "تغمدها", "ايده", "وفقه", "طيب", "صلي",
    ]

    static func cutting(_ mentions: [EntityMention], tokens: [ModelToken] = []) -> [EntityMention] {
        mentions.compactMap { m in
            // A verb alone before `الله` is no entity of any type (`أيده الله` was an organisation).
            if m.type != .person {
                // The verbs have 3 to 6 letters: most names are answered without normalising.
                guard (3...6).contains(m.name.unicodeScalars.count), !m.name.contains(" "), m.name.unicodeScalars.last != "ة",
                      verbs.contains(ArabicNormalizer.normalize(m.name)), following(m, tokens) == "الله" else { return m }
                return nil
            }
            let words = m.name.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 2 else { return m }
            let keys = words.map { ArabicNormalizer.normalize(String($0)) }
            // `رحمة الله` (the noun, "God's mercy") is also a given name (Rahmatullah); the verb
            // with its pronoun is written `رحمه`.
            // The word after the name, for a verb that ends it.
            let after = following(m, tokens)
            guard let cut = (0..<keys.count).first(where: {
                verbs.contains(keys[$0]) && ($0 + 1 < keys.count ? keys[$0 + 1] : after) == "الله"
                    && words[$0].unicodeScalars.last != "ة"
            }) else { return m }
            guard cut > 0 else { return nil }
            // The name's scalars up to the end of the word before the verb.
            let before = words[cut - 1]
            let end = m.start + m.name.unicodeScalars.distance(from: m.name.unicodeScalars.startIndex,
                                                                to: before.unicodeScalars.endIndex)
            var kept = m
            kept.name = String(m.name.unicodeScalars[m.name.unicodeScalars.startIndex..<before.unicodeScalars.endIndex])
            kept.end = end
            return kept
        }
    }

    /// The normalised word right after `m`, if any.
    private static func following(_ m: EntityMention, _ tokens: [ModelToken]) -> String? {
        ModelToken.index(holding: m.end - 1, in: tokens).flatMap { k in
            k + 1 < tokens.count ? ArabicNormalizer.normalize(tokens[k + 1].text) : nil
        }
    }
}

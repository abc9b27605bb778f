import ArabicText

/// A person's run that the model carried into the next word of the sentence, an indefinite common
/// word of the language (`مدحت صالح يغني` "… sings", `يوسف عبد العزيز بديلا` "… as a substitute",
/// `عزت أبو عوف برنامجا`): the word is cut off. Only a word that no list knows as a name (given
/// names, the words of person names, places) and that takes no article is read so; a definite
/// word may be a family name or a nisba (`الشاعر`, `البريطاني`), and the words that end compound
/// names (`الله`, `الدين`) stay.
enum PersonCommonTails {
    /// Words that link the parts of a name (`بن`, `أبو`): a name never ends with them, but they are
    /// the model's to keep or drop with what follows. Normalised.
    static let linking: Set<String> = ["بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ال", "ام", "ولد", "عبد"]

    /// The mentions with such last words cut off persons. A name the text gives again whole, or
    /// whose last word ends another person of the text (`تاتيانا نافكا` … `نافكا`), is a name
    /// and stays.
    static func trimming(_ mentions: [EntityMention]) -> [EntityMention] {
        var cut: [Int: EntityMention] = [:]
        for (k, m) in mentions.enumerated() where m.type == .person && m.role == nil {
            if let trimmed = trimmed(m) { cut[k] = trimmed }
        }
        guard !cut.isEmpty else { return mentions }
        var names: [String: Int] = [:], lastWords: [Substring: Int] = [:]
        for m in mentions where m.type == .person {
            names[m.name, default: 0] += 1
            lastWords[m.name.split(separator: " ").last ?? "", default: 0] += 1
        }
        var out = mentions
        for (k, trimmed) in cut {
            let m = mentions[k]
            guard names[m.name] == 1, lastWords[m.name.split(separator: " ").last ?? ""] == 1 else { continue }
            out[k] = trimmed
        }
        return out
    }

    /// `m` without such a last word, or nil when it has none.
    static func trimmed(_ m: EntityMention) -> EntityMention? {
        let scalars = Array(m.name.unicodeScalars)
        guard let space = scalars.lastIndex(of: " "), space > 0 else { return nil }
        let word = String(String.UnicodeScalarView(scalars[(space + 1)...]))
        let key = ArabicNormalizer.normalize(word)
        guard !MentionBuilder.isKnownPersonName(key), !MentionBuilder.isKnownName(key), isSentenceWord(key) else { return nil }
        var trimmed = m
        trimmed.name = String(String.UnicodeScalarView(scalars[..<space]))
        trimmed.end = m.end - (scalars.count - space)
        return trimmed
    }

    /// Words that start the rest of a sentence, never a name: pronouns and particles. Normalised.
    static let particles: Set<String> = ["هم", "هل", "لو", "قد", "لم", "لن", "الذي", "التي"]

    /// Whether the normalised word is a particle, an indefinite accusative (`بديلا`: a common
    /// word + `ا`) or an imperfect verb (`يغني`, `تشعر`, `سيتولى`: `ي`/`ت`/`سي`/`ست` + a common word).
    static func isSentenceWord(_ key: String) -> Bool {
        if particles.contains(key) { return true }
        let w = Array(key.unicodeScalars)
        guard w.count >= 4 else { return false }
        func common(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
            let stem = String(String.UnicodeScalarView(letters))
            return letters.count >= 3 && WordList.commonWords.contains(FeatureHash.value(stem)) && !MentionBuilder.isKnownPersonName(stem)
        }
        if w.last == "ا", w[0] != "ا", w.count >= 5, common(w.dropLast()) { return true }
        // The future `سيـ` and the imperfect `يـ` (`سيعقد`, `ينادي`, `يتصدر`). `تـ` is left alone:
        // it starts foreign names (`توين`, `تاسك`, `ستريب`), as does `يو` (`يوين`).
        if w[0] == "س", w[1] == "ي", !["ا", "و", "ي", "ر"].contains(w[2]), common(w.dropFirst(2)) { return true }
        guard w[0] == "ي", w[1] != "و" else { return false }
        // A stem shaped `فعال` or `فعيل` is a noun's: `يلماز`, `يقطين` are family names.
        if w.count == 5, w[3] == "ا" || w[3] == "ي" { return false }
        if common(w.dropFirst()) { return true }
        if w.count >= 5, key.hasSuffix("ون"), common(w.dropFirst().dropLast(2)) { return true }
        return false
    }
}

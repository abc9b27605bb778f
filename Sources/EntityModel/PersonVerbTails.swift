import ArabicText

/// A person's run that the model carried into the next verb, a feminine past of a derived form
/// (`علي عبدالله صالح هاجمت` "… attacked", `أنجيلا ميركل فأوضحت` "… then explained"): the verb is
/// cut off. Only forms whose shape no Arabic or transliterated family name takes are read as verbs:
/// III `فاعلت` (`هاجمت`, `ساهمت`), IV `أفعلت` (`أغلقت`), V `تفعّلت` (`تحققت`), each with its stem a
/// common word of the language, and `فـ` + a feminine past. Form I (`فعلت`) is left alone: it is
/// the shape of many family names (`خيرت`, `عزت`, `نحيت`), as are long vowels before `ت`
/// (`باريت`, `نابوت`) and `ألـ` (`ألبرت`). `أولى` as written ("gave", `أولى هذا المشروع جل
/// العناية`, or "first", feminine) ends no name either (`… آل الشيخ أولى` was a display name).
enum PersonVerbTails {
    /// Last words cut as written (not normalised: `أولي`, Ole, is a name).
    static let writtenTails: Set<String> = ["أولى", "اولى"]

    /// `m` without a last word that is such a verb, when a name is left; other types, one-word
    /// names and names without such a word pass unchanged.
    static func trimmed(_ m: EntityMention) -> EntityMention {
        guard m.type == .person else { return m }
        let scalars = Array(m.name.unicodeScalars)
        guard let space = scalars.lastIndex(of: " "), space > 0 else { return m }
        let word = String(String.UnicodeScalarView(scalars[(space + 1)...]))
        guard writtenTails.contains(word) || isDerivedFeminineVerb(ArabicNormalizer.normalize(word)) else { return m }
        var trimmed = m
        trimmed.name = String(String.UnicodeScalarView(scalars[..<space]))
        trimmed.end = m.end - (scalars.count - space)
        return trimmed
    }

    /// Whether the normalised word is a feminine past verb of form III, IV or V, or `ف` + a
    /// feminine past, whose stem is a common word that no list knows as a name.
    static func isDerivedFeminineVerb(_ key: String) -> Bool {
        let w = Array(key.unicodeScalars)
        guard w.count >= 5, w.last == "ت", !MentionBuilder.isKnownPersonName(key) else { return false }
        if w.count == 5, isDerivedForm(w[...], weakSecond: false) { return true }
        // `ف` + a feminine past of form I (`فكتبت`) or a derived form (`فأوضحت`).
        guard w[0] == "ف", !MentionBuilder.isKnownPersonName(String(String.UnicodeScalarView(w[1...]))) else { return false }
        let verb = w[1...]
        if verb.count == 4, !verb.contains(where: vowels.contains), isVerbStem(verb.dropLast()) { return true }
        return verb.count == 5 && isDerivedForm(verb, weakSecond: true)
    }

    private static let vowels: Set<Unicode.Scalar> = ["ا", "و", "ي"]

    /// Whether five letters are `فاعلت`, `أفعلت` or `تفعّلت` with a common word as the stem
    /// (`weakSecond`: the form IV of a root whose first letter is `و`/`ي`, `أوضحت`).
    private static func isDerivedForm(_ w: ArraySlice<Unicode.Scalar>, weakSecond: Bool) -> Bool {
        let l = Array(w)
        guard l.count == 5, l[4] == "ت", !vowels.contains(l[2]), !vowels.contains(l[3]),
              isVerbStem(w.dropLast()) else { return false }
        if l[1] == "ا" { return !vowels.contains(l[0]) }
        if l[0] == "ا" { return l[1] != "ل" && (weakSecond || !vowels.contains(l[1])) }
        return l[0] == "ت" && !vowels.contains(l[1])
    }

    /// Whether the letters form a common word of the language that no list knows as a name.
    private static func isVerbStem(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        let stem = String(String.UnicodeScalarView(letters))
        return WordList.commonWords.contains(FeatureHash.value(stem)) && !MentionBuilder.isKnownPersonName(stem)
    }
}

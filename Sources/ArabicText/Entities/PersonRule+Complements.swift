/// What may stand between a title and a name (`وزير خارجيته`، `المدير العام لمنظمة الصحة العالمية`،
/// `المبعوث الأممي إلى سوريا`، `رئيس بلدية إسطنبول`), and the word shapes that are never names
/// (adverbial accusatives such as `اتصالا`، `اعتبارا`).
extension PersonRule {
    /// How many tokens at `j` complete a title rather than start a name, or nil.
    static func complementWidth(_ view: TextView, at j: Int) -> Int? {
        let n = view.tokens.count
        // `السابق`، `الحالية`: the title's time, not a name.
        if view.word(j, is: .roleModifier) { return 1 }
        // `خارجيته`، `باسمها`: a noun with a possessive pronoun belongs to the role.
        if hasPronounSuffix(view, j), view.givenNameForm(j) == nil { return 1 }
        // `إلى سوريا`، `لدى فرنسا`: where the role is held.
        if view.word(j, is: .roleLocative), j + 1 < n, !view.breakAfter[j], let hit = view.place(at: j + 1), hit.form.skip == 0 {
            return 1 + hit.words
        }
        // `لمنظمة`، `بلدية`، `حزب`: an organisation or place head, with its genitive when the name
        // starts right after it (`رئيس بلدية إسطنبول أكرم`، `زعيم حزب العمال X`).
        if view.isHead(j), view.givenNameForm(j) == nil {
            if j + 2 < n, !view.breakAfter[j], !view.breakAfter[j + 1], !view.isDefinite(j + 1),
               view.givenNameForm(j + 1) == nil, view.isNameWord(j + 1),
               view.givenNameForm(j + 2) != nil || view.isParticle(j + 2) {
                return 2
            }
            return 1
        }
        return nil
    }

    /// Whether token `j` is written with a possessive pronoun (`خارجيته`، `باسمها`، `قادتهم`).
    static func hasPronounSuffix(_ view: TextView, _ j: Int) -> Bool {
        let raw = String(String.UnicodeScalarView(view.tokens[j].text.unicodeScalars.filter { ArabicNormalizer.fold($0) != nil }))
        guard raw.count >= 5 else { return false }
        return raw.hasSuffix("\u{062A}\u{0647}") || raw.hasSuffix("\u{0647}\u{0627}") || raw.hasSuffix("\u{0647}\u{0645}")
    }

    /// `key` without a possessive pronoun suffix (`باسمها` → `باسم`).
    static func withoutPronoun(_ key: String) -> String {
        for suffix in ["هما", "ها", "هم", "ه"] where key.hasSuffix(suffix) && key.count > suffix.count + 2 {
            return String(key.dropLast(suffix.count))
        }
        return key
    }

    /// Whether token `j` has the shape of an adverbial accusative of a verbal noun
    /// (`اعتبارا`، `اتصالا`، `انطلاقا`، `استنادا`): ا…ا with a long vowel before the last root letter.
    static func isAdverbial(_ view: TextView, _ j: Int) -> Bool {
        if view.tokens[j].text.unicodeScalars.contains("\u{064B}") { return true }  // tanween fath
        let s = Array(view.tokens[j].normalized)
        guard s.count >= 5, s.first == "ا", s.last == "ا", s[s.count - 3] == "ا", view.givenNameForm(j) == nil else { return false }
        return s[1] == "ت" || s[2] == "ت" || s[1] == "ن" || s.starts(with: ["ا", "س", "ت"])
    }

    /// The last token of a run of foreign name particles and the name after them at `t`
    /// (`فون دير لاين`، `دي ميستورا`), or nil.
    static func foreignParticleRun(_ view: TextView, at t: Int) -> Int? {
        var k = t
        while k < view.tokens.count, view.word(k, is: .foreignParticle) {
            guard k + 1 < view.tokens.count, !view.breakAfter[k] else { return nil }
            k += 1
        }
        guard k > t, view.isNameWord(k) || view.givenNameForm(k) != nil else { return nil }
        return k
    }
}

/// Questions the rules ask about single words.
extension TextView {
    /// Whether token `i` is a particle, frequent verb or other word that never belongs to a name.
    func isFunctionWord(_ i: Int) -> Bool {
        FunctionWords.contains(tokens[i].normalized)
    }

    /// Whether token `i` is a title or role word (`الرئيس`, `العقيد`…), possibly after a clitic.
    func titleForm(_ i: Int) -> Form? {
        form(i) { PersonLexicon.titles.contains($0) }
    }

    /// Whether token `i` is a nationality adjective (`الليبي`, `الأمريكية`…).
    func isDemonym(_ i: Int) -> Bool {
        Gazetteer.shared.isDemonym(tokens[i].normalized)
    }

    /// The reading of token `i` that is a given name. `علي` counts only when written with a
    /// dotted yaa, as `على` (a preposition) folds to the same key.
    func givenNameForm(_ i: Int) -> Form? {
        form(i) { PersonLexicon.arabicGivenNames.contains($0) || PersonLexicon.foreignGivenNames.contains($0) || PersonLexicon.moreGivenNames.contains($0) }
            .flatMap { f in
                if f.key == "علي", tokens[i].text.unicodeScalars.last == "\u{0649}" { return nil }
                return f
            }
    }

    /// Whether token `i` is a name particle (`بن`, `أبو`, `عبد`…).
    func isParticle(_ i: Int) -> Bool {
        PersonLexicon.nameParticles.contains(tokens[i].normalized)
    }

    /// Whether token `i` may follow a name particle (`بن سلمان`, `آل ثاني`, `أبو الغيط`).
    func isParticleComplement(_ i: Int) -> Bool {
        let key = tokens[i].normalized
        return key.count >= 2 && titleForm(i) == nil && !isHead(i) && (isNameWord(i) || !FunctionWords.words.contains(key) || key == "ثاني")
    }

    /// Whether token `i` could be part of a name: a word of at least two letters that is not a
    /// function word, title, nationality adjective, number or entity head.
    func isNameWord(_ i: Int) -> Bool {
        let key = tokens[i].normalized
        guard key.count >= 2, key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        if key.unicodeScalars.contains(where: { $0.value < 0x0600 }) { return false }
        if FunctionWords.contains(key) || PersonLexicon.titles.contains(key) { return false }
        if isHead(i) { return false }
        return !isDemonym(i)
    }

    /// Whether token `i` announces an organisation or a place.
    func isHead(_ i: Int) -> Bool {
        forms[i].contains { f in
            OrganizationLexicon.constructHeads.contains(f.key) || OrganizationLexicon.definiteHeads.contains(f.key)
                || LocationLexicon.adminHeads.contains(f.key) || LocationLexicon.facilityHeads.contains(f.key)
        }
    }

    /// The gazetteer entry that starts at token `i`: its reading and the number of words it spans.
    func place(at i: Int) -> (form: Form, words: Int, entry: Gazetteer.Entry)? {
        let gazetteer = Gazetteer.shared
        var upper = min(gazetteer.maxWords, tokens.count - i)
        while upper > 1, !isContiguous(i, i + upper - 1) { upper -= 1 }
        // Only readings that start some multi-word entry can match a longer phrase.
        if upper > 1, forms[i].contains(where: { gazetteer.firstWords.contains($0.key) }) {
            for words in stride(from: upper, through: 2, by: -1) {
                var tail = ""
                for k in (i + 1)..<(i + words) { tail += " " + tokens[k].normalized }
                for f in forms[i] where gazetteer.firstWords.contains(f.key) {
                    if let entry = gazetteer.entries[f.key + tail] { return (f, words, entry) }
                }
            }
        }
        for f in forms[i] {
            if let entry = gazetteer.entries[f.key] { return (f, 1, entry) }
        }
        return nil
    }
}

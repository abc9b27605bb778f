/// Questions the rules ask about single words, answered from `WordFacts`.
extension TextView {
    /// Whether token `i` is a particle, frequent verb or other word that never belongs to a name.
    @inline(__always)
    func isFunctionWord(_ i: Int) -> Bool {
        facts[i].flags.contains(.functionWord)
    }

    /// Whether token `i` is a title or role word (`الرئيس`, `العقيد`…), possibly after a clitic.
    @inline(__always)
    func titleForm(_ i: Int) -> Form? {
        let n = facts[i].title
        return n < 0 ? nil : forms.all[forms.starts[i] + Int(n)]
    }

    /// Whether token `i` is a nationality adjective (`الليبي`, `الأمريكية`…).
    @inline(__always)
    func isDemonym(_ i: Int) -> Bool {
        facts[i].flags.contains(.demonym)
    }

    /// The reading of token `i` that is a given name. `علي` counts only when written with a
    /// dotted yaa, as `على` (a preposition) folds to the same key.
    @inline(__always)
    func givenNameForm(_ i: Int) -> Form? {
        let n = facts[i].given
        return n < 0 ? nil : forms.all[forms.starts[i] + Int(n)]
    }

    /// Whether token `i` is a name particle (`بن`, `أبو`, `عبد`…).
    @inline(__always)
    func isParticle(_ i: Int) -> Bool {
        word(i, is: .particle)
    }

    /// Whether token `i` may follow a name particle (`بن سلمان`, `آل ثاني`, `أبو الغيط`).
    func isParticleComplement(_ i: Int) -> Bool {
        let key = tokens[i].normalized
        let letters = facts[i].flags.contains(.plain) ? PlainKey.letterCount(key) ?? 0 : key.count
        return letters >= 2 && titleForm(i) == nil && !isHead(i)
            && (isNameWord(i) || !word(i, is: .functionWord) || key == "ثاني")
    }

    /// Whether token `i` could be part of a name: a word of at least two letters that is not a
    /// function word, title, nationality adjective, number or entity head.
    @inline(__always)
    func isNameWord(_ i: Int) -> Bool {
        facts[i].flags.contains(.nameWord)
    }

    /// Whether token `i` announces an organisation or a place.
    @inline(__always)
    func isHead(_ i: Int) -> Bool {
        facts[i].flags.contains(.head)
    }

    /// The gazetteer entry that starts at token `i`: its reading and the number of words it spans.
    @inline(__always)
    func place(at i: Int) -> (form: Form, words: Int, entry: Gazetteer.Entry)? {
        let p = facts[i].place
        return p < 0 ? nil : places[p]
    }

    /// `place(at:)` worked out: the longest entry whose first word is a reading of token `i`.
    func lookUpPlace(at i: Int) -> (form: Form, words: Int, entry: Gazetteer.Entry)? {
        let gazetteer = Gazetteer.shared
        var upper = min(gazetteer.maxWords, tokens.count - i)
        while upper > 1, !isContiguous(i, i + upper - 1) { upper -= 1 }
        // Only readings that start some multi-word entry can match a longer phrase.
        if upper > 1, forms[i].contains(where: { $0.classes.contains(.gazetteerFirst) }) {
            for words in stride(from: upper, through: 2, by: -1) {
                var tail = ""
                for k in (i + 1)..<(i + words) { tail += " " + tokens[k].normalized }
                for f in forms[i] where f.classes.contains(.gazetteerFirst) {
                    if let entry = gazetteer.entries[f.key + tail] { return (f, words, entry) }
                }
            }
        }
        for f in forms[i] where f.classes.contains(.gazetteerEntry) {
            if let entry = gazetteer.entries[f.key] { return (f, 1, entry) }
        }
        return nil
    }
}

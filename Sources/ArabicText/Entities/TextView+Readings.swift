/// The clitic readings of a word (`وبالعراق` → `العراق`، `للولايات` → `الولايات`).
extension TextView {
    /// What each clitic strips: letters dropped from the key, and whether `ا` is restored.
    struct Clitic {
        let prefix: String
        let letters: Int
        let restoresArticle: Bool
    }

    /// `proclitics` with what each strips, worked out once.
    static let clitics: [Clitic] = proclitics.map { prefix in
        // `بال`، `لل`: the article stays with the word (`بالامارات` → `الامارات`).
        let keepsArticle = prefix.hasSuffix("ال") || prefix.hasSuffix("لل")
        let letters = keepsArticle ? prefix.count - (prefix.hasSuffix("ال") ? 2 : 1) : prefix.count
        return Clitic(prefix: prefix, letters: letters, restoresArticle: prefix.hasSuffix("لل"))
    }

    /// Whether `key` may start with a clitic: every clitic starts with و ف ب ل or ك, and
    /// `KeyAffixes.hasPrefix` first asks for the clitic's bytes.
    @inline(__always)
    static func mayHaveClitic(_ key: String) -> Bool {
        var bytes = key.utf8.makeIterator()
        guard bytes.next() == 0xD9, let b = bytes.next() else { return false }
        // و U+0648, ف U+0641, ل U+0644, ك U+0643 (D9 xx); ب U+0628 is D8 A8.
        return b == 0x88 || b == 0x81 || b == 0x84 || b == 0x83
    }

    /// Whether `key` starts with ب (D8 A8).
    @inline(__always)
    static func startsWithBa(_ key: String) -> Bool {
        var bytes = key.utf8.makeIterator()
        return bytes.next() == 0xD8 && bytes.next() == 0xA8
    }

    /// The rest of `key` after `clitic`, when it has at least three letters.
    @inline(__always)
    static func rest(of key: String, after clitic: Clitic, plainLetters: Int?) -> String? {
        if let letters = plainLetters {
            // A plain key: one scalar a letter, and the clitic's letters are two bytes each.
            guard letters - clitic.letters + (clitic.restoresArticle ? 1 : 0) >= 3 else { return nil }
            let tail = String(decoding: key.utf8.dropFirst(2 * clitic.letters), as: UTF8.self)
            return clitic.restoresArticle ? "ا" + tail : tail
        }
        var rest = String(key.dropFirst(clitic.letters))
        if clitic.restoresArticle { rest = "ا" + rest }
        return rest.count >= 3 ? rest : nil
    }

    /// The keys left after each attached clitic of a normalised word (no raw offsets: cheaper
    /// than `readings`, same keys in the same order).
    static func readingKeys(of key: String) -> [String] {
        guard mayHaveClitic(key) || startsWithBa(key) else { return [] }
        let plain = PlainKey.letterCount(key)
        var result: [String] = []
        for clitic in clitics where KeyAffixes.hasPrefix(key, clitic.prefix) {
            if let rest = rest(of: key, after: clitic, plainLetters: plain) { result.append(rest) }
        }
        return result
    }

    /// The readings of `token`: the whole word, then each clitic-stripped form.
    static func readings(of token: Token, in scalars: [Unicode.Scalar]) -> [Form] {
        var result: [Form] = []
        appendReadings(of: token, in: scalars, to: &result)
        return result
    }

    /// Appends the readings of `token` (see `readings`) to `forms`, with their word-list classes.
    static func appendReadings(of token: Token, in scalars: [Unicode.Scalar], to forms: inout [Form]) {
        let key = token.normalized
        forms.append(Form(key: key, skip: 0, classes: LexiconClasses.of(key)))
        guard mayHaveClitic(key) || startsWithBa(key) else { return }
        let plain = PlainKey.letterCount(key)
        for clitic in clitics where KeyAffixes.hasPrefix(key, clitic.prefix) {
            guard let rest = rest(of: key, after: clitic, plainLetters: plain) else { continue }
            forms.append(Form(key: rest, skip: rawSkip(clitic.letters, in: scalars[token.start..<token.end]),
                              restoresArticle: clitic.restoresArticle, classes: LexiconClasses.of(rest)))
        }
    }

    /// Raw scalars covering the first `letters` letters and any marks after them.
    static func rawSkip(_ letters: Int, in raw: ArraySlice<Unicode.Scalar>) -> Int {
        var seen = 0
        var i = raw.startIndex
        while i < raw.endIndex, seen < letters {
            if ArabicNormalizer.fold(raw[i]) != nil { seen += 1 }
            i += 1
        }
        while i < raw.endIndex, ArabicNormalizer.isIgnorable(raw[i]) { i += 1 }
        return i - raw.startIndex
    }
}

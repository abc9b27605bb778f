/// What the entity rules ask of one token, worked out once per text by `TextView` from the
/// token's readings (their word-list classes): the same answers as asking the lists each time.
struct WordFacts {
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// The key starts with ال (`KeyAffixes.hasPrefix(key, "ال")`).
        static let definite = Flags(rawValue: 1 << 0)
        /// `FunctionWords.contains(key)`.
        static let functionWord = Flags(rawValue: 1 << 1)
        /// `Gazetteer.shared.isDemonym(key)`.
        static let demonym = Flags(rawValue: 1 << 2)
        /// A reading is an organisation or place head.
        static let head = Flags(rawValue: 1 << 3)
        /// `TextView.isNameWord`.
        static let nameWord = Flags(rawValue: 1 << 4)
        /// The key is plain (`PlainKey`): its letters are its scalars.
        static let plain = Flags(rawValue: 1 << 5)
        /// The key itself is a title (`PersonLexicon.titles`).
        static let titleWord = Flags(rawValue: 1 << 6)
    }

    var flags: Flags = []
    /// The index among the token's readings of its first title reading, or -1.
    var title: Int8 = -1
    /// The index among the token's readings of its given-name reading (`TextView.givenNameForm`), or -1.
    var given: Int8 = -1
    /// The index in `TextView.places` of the gazetteer entry starting at the token, or -1.
    var place = -1

    /// The facts of `token`, whose readings are `forms` and key's UTF-8 bytes `bytes`.
    init(token: Token, forms: ArraySlice<TextView.Form>, bytes: UnsafeBufferPointer<UInt8>, shape: KeyShape) {
        let key = token.normalized
        let first = forms[forms.startIndex].classes
        if first.contains(.title) { flags.insert(.titleWord) }
        if shape.isPlain {
            flags.insert(.plain)
            if shape.hasPrefix(.article) { flags.insert(.definite) }
            if first.contains(.functionWord) || FunctionWords.containsWithPronoun(plain: bytes, shape: shape) { flags.insert(.functionWord) }
            if Gazetteer.shared.isDemonym(plain: bytes, shape: shape) { flags.insert(.demonym) }
        } else {
            if KeyAffixes.hasPrefix(key, "ال") { flags.insert(.definite) }
            if first.contains(.functionWord) || FunctionWords.containsWithPronoun(key) { flags.insert(.functionWord) }
            if Gazetteer.shared.isDemonym(key) { flags.insert(.demonym) }
        }
        for (n, f) in forms.enumerated() {
            if title < 0, f.classes.contains(.title) { title = Int8(n) }
            if given < 0, !f.classes.isDisjoint(with: .given) { given = Int8(n) }
            if !f.classes.isDisjoint(with: .head) { flags.insert(.head) }
        }
        // `علي` counts only when written with a dotted yaa, as `على` (a preposition) folds to it.
        if given >= 0, KeyAffixes.equals(forms[forms.startIndex + Int(given)].key, "علي"), token.text.unicodeScalars.last == "\u{0649}" {
            given = -1
        }
        if mayBeNameWord(token, shape: shape) { flags.insert(.nameWord) }
    }

    /// Whether the token could be part of a name: a word of at least two letters that is not a
    /// function word, title, nationality adjective, number or entity head.
    func mayBeNameWord(_ token: Token, shape: KeyShape) -> Bool {
        let key = token.normalized
        if shape.isPlain {
            // Plain: every scalar is a letter of the Arabic block or ASCII; ASCII is below U+0600.
            guard shape.letters >= 2, !shape.hasASCII else { return false }
        } else {
            guard key.count >= 2, key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
            if key.unicodeScalars.contains(where: { $0.value < 0x0600 }) { return false }
        }
        return flags.isDisjoint(with: [.functionWord, .titleWord, .head, .demonym])
    }
}

/// Normalised keys whose scalars are all ASCII or plain Arabic letters (U+0621…U+064A): no
/// scalar of theirs combines with another, so each is one `Character`, and byte operations on
/// them give the answers of `String`'s Character-based ones.
enum PlainKey {
    /// The number of letters of a plain key, or nil when the key is not plain.
    @inline(__always)
    static func letterCount(_ key: String) -> Int? {
        var count = 0
        var lead: UInt8 = 0
        for b in key.utf8 {
            if lead != 0 {
                guard lead == 0xD8 && (0xA1...0xBF).contains(b) || lead == 0xD9 && (0x80...0x8A).contains(b) else { return nil }
                lead = 0
            } else if b < 0x80 {
                count += 1
            } else if b == 0xD8 || b == 0xD9 {
                lead = b
                count += 1
            } else {
                return nil
            }
        }
        return lead == 0 ? count : nil
    }
}

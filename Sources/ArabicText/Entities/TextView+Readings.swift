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
        return withBytes(of: key) { bytes in
            let shape = KeyShape(bytes)
            var result: [String] = []
            if shape.isPlain {
                // As in `appendReadings`: byte tests and byte slices on a plain key.
                for (n, clitic) in clitics.enumerated() where shape.hasPrefix(cliticPatterns[n]) {
                    guard shape.letters - clitic.letters + (clitic.restoresArticle ? 1 : 0) >= 3 else { continue }
                    let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[(2 * clitic.letters)...]), as: UTF8.self)
                    result.append(clitic.restoresArticle ? "ا" + tail : tail)
                }
                return result
            }
            for clitic in clitics where KeyAffixes.hasPrefix(key, clitic.prefix) {
                if let rest = rest(of: key, after: clitic, plainLetters: nil) { result.append(rest) }
            }
            return result
        }
    }

    /// The readings of `token`: the whole word, then each clitic-stripped form.
    static func readings(of token: Token, in scalars: [Unicode.Scalar]) -> [Form] {
        var result: [Form] = []
        withBytes(of: token.normalized) { bytes in
            appendReadings(of: token, bytes: bytes, shape: KeyShape(bytes), in: scalars, to: &result)
        }
        return result
    }

    /// Calls `body` with the UTF-8 bytes of `key` (contiguous for every native string).
    @inline(__always)
    static func withBytes<R>(of key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        key.utf8.withContiguousStorageIfAvailable(body) ?? Array(key.utf8).withUnsafeBufferPointer(body)
    }

    /// `clitics`' prefixes as byte patterns, in the same order.
    static let cliticPatterns = clitics.map { BytePattern(prefix: $0.prefix) }

    /// The fingerprint of `ا`, which a reading after `لل` starts with.
    private static let alefFingerprint = WordKey.fingerprint(of: "ا".utf8)

    /// Appends the readings of `token` (see `readings`) to `forms`, with their word-list classes;
    /// `bytes` are the UTF-8 bytes of its key and `shape` what they show.
    static func appendReadings(of token: Token, bytes: UnsafeBufferPointer<UInt8>, shape: KeyShape,
                               in scalars: [Unicode.Scalar], to forms: inout [Form]) {
        let key = token.normalized
        forms.append(Form(key: key, skip: 0, classes: LexiconClasses.table[WordKey(key, fingerprint: shape.fingerprint)] ?? [],
                          fingerprint: shape.fingerprint))
        guard shape.isPlain else {
            appendReadings(ofUnplain: token, in: scalars, to: &forms)
            return
        }
        // Every clitic starts with و ف ل ك (D9 88, 81, 84, 83) or ب (D8 A8).
        let first = shape.head & 0xFFFF
        guard first == 0x88D9 || first == 0x81D9 || first == 0x84D9 || first == 0x83D9 || first == 0xA8D8 else { return }
        for (n, clitic) in clitics.enumerated() where shape.hasPrefix(cliticPatterns[n]) {
            // A plain key: one scalar a letter, and the clitic's letters are two bytes each.
            guard shape.letters - clitic.letters + (clitic.restoresArticle ? 1 : 0) >= 3 else { continue }
            let tail = UnsafeBufferPointer(rebasing: bytes[(2 * clitic.letters)...])
            let rest = clitic.restoresArticle ? "ا" + String(decoding: tail, as: UTF8.self) : String(decoding: tail, as: UTF8.self)
            let fingerprint = clitic.restoresArticle ? WordKey.fingerprint(of: tail, from: alefFingerprint) : WordKey.fingerprint(of: tail)
            forms.append(Form(key: rest, skip: rawSkip(clitic.letters, in: scalars[token.start..<token.end]),
                              restoresArticle: clitic.restoresArticle,
                              classes: LexiconClasses.table[WordKey(rest, fingerprint: fingerprint)] ?? [], fingerprint: fingerprint))
        }
    }

    /// Appends the readings of `token` after its whole word when its key is not plain.
    static func appendReadings(ofUnplain token: Token, in scalars: [Unicode.Scalar], to forms: inout [Form]) {
        let key = token.normalized
        guard mayHaveClitic(key) || startsWithBa(key) else { return }
        for clitic in clitics where KeyAffixes.hasPrefix(key, clitic.prefix) {
            guard let rest = rest(of: key, after: clitic, plainLetters: nil) else { continue }
            let word = WordKey(rest)
            forms.append(Form(key: rest, skip: rawSkip(clitic.letters, in: scalars[token.start..<token.end]),
                              restoresArticle: clitic.restoresArticle, classes: LexiconClasses.of(word), fingerprint: word.fingerprint))
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

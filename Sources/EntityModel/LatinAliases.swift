import ArabicText

/// A name in Latin letters in brackets right after an Arabic name is that name's original
/// spelling, as encyclopaedic and news texts give it: `إنريكو فيرمي (بالإيطالية: Enrico Fermi)`,
/// `سامسونغ (Samsung)`. It takes the Arabic name's type; the model, which reads Latin words by
/// their shape alone, made `Enrico Fermi` an organisation. The brackets may open with the
/// language (`بالإنجليزية:`). The alias is the whole Latin run in the brackets: a mention of its
/// last words (`Fermi`) is widened to it (`Enrico Fermi`). No mention is added or dropped.
enum LatinAliases {
    static func retyping(_ mentions: [EntityMention], scalars: [Unicode.Scalar]) -> [EntityMention] {
        guard mentions.contains(where: { isLatin($0.name) }) else { return mentions }
        var ends: [Int: EntityType] = [:]
        for m in mentions where !isLatin(m.name) { ends[m.end] = m.type }
        return mentions.map { m in
            guard isLatin(m.name), m.end <= scalars.count else { return m }
            let start = latinRunStart(before: m.start, scalars)
            guard let open = openingBracket(before: start, scalars), closes(after: m.end, scalars) else { return m }
            var before = open
            while before > 0, isSpace(scalars[before - 1]) { before -= 1 }
            guard let type = ends[before], type != m.type || start != m.start else { return m }
            var alias = m
            alias.type = type
            alias.start = start
            alias.name = String(String.UnicodeScalarView(scalars[start..<m.end]))
            alias.isLocal = false
            alias.role = nil
            return alias
        }
    }

    /// The start of the Latin words that run up to `start` (`Enrico` before `Fermi`): `start`
    /// itself when a non-Latin scalar stands before it.
    private static func latinRunStart(before start: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var i = start, wordStart = start
        while i > 0 {
            let s = scalars[i - 1]
            if isSpace(s) || s == "-" || s == "." || s == "'" { i -= 1; continue }
            guard isLatinLetter(s) else { break }
            while i > 0, isLatinLetter(scalars[i - 1]) { i -= 1 }
            wordStart = i
        }
        return wordStart
    }

    private static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return true
        default: return false
        }
    }

    /// Whether `name` has Latin letters and no Arabic ones.
    static func isLatin(_ name: String) -> Bool {
        var latin = false
        for s in name.unicodeScalars {
            switch s.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin = true
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return false
            default: continue
            }
        }
        return latin
    }

    /// The offset of the `(` that opens the brackets the mention starting at `start` begins,
    /// after spaces and an optional language label (`بالإنجليزية:`), or nil.
    private static func openingBracket(before start: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        var i = start
        while i > 0, isSpace(scalars[i - 1]) { i -= 1 }
        if i > 0, scalars[i - 1] == ":" || scalars[i - 1] == "\u{061B}" {
            i -= 1
            while i > 0, isSpace(scalars[i - 1]) { i -= 1 }
            var wordStart = i
            while wordStart > 0, isArabicLetter(scalars[wordStart - 1]) { wordStart -= 1 }
            guard i - wordStart >= 4, Array(scalars[wordStart..<wordStart + 3]) == ["ب", "ا", "ل"] else { return nil }
            i = wordStart
            while i > 0, isSpace(scalars[i - 1]) { i -= 1 }
        }
        guard i > 0, scalars[i - 1] == "(" else { return nil }
        return i - 1
    }

    /// Whether the brackets close, or the name list in them goes on, right after `end`.
    private static func closes(after end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var i = end
        while i < scalars.count, isSpace(scalars[i]) { i += 1 }
        return i < scalars.count && [")", ",", "،", ";", "\u{061B}"].contains(scalars[i])
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{00A0}" || s == "\t" }

    private static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        (0x0621...0x064A).contains(s.value) || (0x064B...0x0652).contains(s.value) || s.value == 0x0671
    }
}

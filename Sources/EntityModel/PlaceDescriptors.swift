import ArabicText

/// A place named with a word that describes where in it, not what it is called: a compass
/// direction or `قطاع` before the place (`جنوب لبنان`, `شمال أفريقيا`, `قطاع غزة`), or the
/// honorific `المكرمة` after Mecca. The place is the name (`لبنان`, `أفريقيا`, `غزة`, `مكة`), as
/// ANERcorp marks it (its training portion never puts a direction or `قطاع` inside a place, and
/// tags `مكة` alone 40 times out of 40), so that every mention of a country reaches its entity.
/// A whole that is itself a country or city (`جنوب أفريقيا`, `جنوب السودان`, `شرق أحمدبور`) stays,
/// and so does a division named as such (`ولاية شمال دارفور`, `إقليم شمال كيفو`: the state's name).
enum PlaceDescriptors {
    /// Normalised words that say where in a place (`ArabicNormalizer.normalize`).
    static let leading: Set<String> = ["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "قطاع"]
    /// Normalised honorifics after a place's name, with the name they follow.
    static let trailing: [String: String] = [ArabicNormalizer.normalize("المكرمة"): ArabicNormalizer.normalize("مكة")]

    /// Normalised heads of an administrative division, before its full name.
    static let divisionHeads: Set<String> = Set(["ولاية", "إقليم", "محافظة", "مقاطعة", "منطقة", "بمنطقة", "بولاية", "بمحافظة", "بإقليم"]
        .map(ArabicNormalizer.normalize))

    /// `mentions` with each such place cut to its name.
    static func trimming(_ mentions: [EntityMention], scalars: [Unicode.Scalar]) -> [EntityMention] {
        mentions.map { $0.type == .location && mayDescribe($0, scalars: scalars) ? trimmed($0, scalars: scalars) : $0 }
    }

    /// Letters that start a word of `leading`, and the first letters of `المكرمة` after the article.
    private static let leadingLetters: Set<Unicode.Scalar> = ["ش", "ج", "غ", "و", "ق"]

    /// A cheap test before the words are normalised: the place starts with a letter that starts
    /// a describing word, or holds `مكرم`.
    private static func mayDescribe(_ m: EntityMention, scalars: [Unicode.Scalar]) -> Bool {
        guard m.start < m.end else { return false }
        if leadingLetters.contains(scalars[m.start]) { return true }
        var i = m.start
        while i + 3 < m.end {
            if scalars[i] == "م", scalars[i + 1] == "ك", scalars[i + 2] == "ر", scalars[i + 3] == "م" { return true }
            i += 1
        }
        return false
    }

    /// The place `m` names, without its describing words.
    static func trimmed(_ m: EntityMention, scalars: [Unicode.Scalar]) -> EntityMention {
        var words = self.words(of: m, scalars: scalars)
        guard words.count >= 2 else { return m }
        if !isCountryOrCity(words), !divisionHeads.contains(wordBefore(m.start, scalars: scalars)) {
            while words.count >= 2, leading.contains(words[0].key) { words.removeFirst() }
        }
        if words.count == 2, trailing[words[1].key] == words[0].key { words.removeLast() }
        guard let first = words.first, let last = words.last, first.start != m.start || last.end != m.end else { return m }
        // What is left must be a place the gazetteer knows.
        guard EntityEvidence.hasClass(words.map(\.key).joined(separator: " "), "country", "city", "region", "gazVariant")
        else { return m }
        return EntityMention(type: .location, name: String(String.UnicodeScalarView(scalars[first.start..<last.end])),
                             start: first.start, end: last.end, role: m.role)
    }

    private static func isCountryOrCity(_ words: [(key: String, start: Int, end: Int)]) -> Bool {
        EntityEvidence.hasClass(words.map(\.key).joined(separator: " "), "country", "city")
    }

    /// The normalised word that ends before `offset` ("" at the text's start).
    private static func wordBefore(_ offset: Int, scalars: [Unicode.Scalar]) -> String {
        var end = offset
        while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
        var start = end
        while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        return ArabicNormalizer.normalize(String(String.UnicodeScalarView(scalars[start..<end])))
    }

    /// The words of `m` with their normalised forms and offsets.
    private static func words(of m: EntityMention, scalars: [Unicode.Scalar]) -> [(key: String, start: Int, end: Int)] {
        var out: [(key: String, start: Int, end: Int)] = []
        var i = m.start
        while i < m.end {
            while i < m.end, scalars[i].properties.isWhitespace { i += 1 }
            let start = i
            while i < m.end, !scalars[i].properties.isWhitespace { i += 1 }
            if i > start {
                out.append((ArabicNormalizer.normalize(String(String.UnicodeScalarView(scalars[start..<i]))), start, i))
            }
        }
        return out
    }
}

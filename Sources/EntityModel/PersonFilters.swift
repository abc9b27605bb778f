import ArabicText

/// Person mentions that are not names of one person, dropped or tied to their name after decoding:
/// - a one-word name is a family name when a fuller name of the same text ends with it (`صالح`
///   after `علي عبد الله صالح`); else it is the person of the one fuller name that starts with it
///   (`سلمان` → `سلمان بن عبدالعزيز`: its name is then that name, so the corpus merges them);
///   else a known given name alone (`محمد`, `إبراهيم`) is a person of its own text only
///   (`isLocal`): across a corpus such mentions would merge thousands of different people;
/// - a plural noun with the article (`الباحثون`, `المسؤولون`): a group, not a name;
/// - a title or honorific alone (`سمو`): no name at all;
/// - a verbal noun of the derived forms VII, VIII and X with the article (`الاتفاق`, `الاجتماع`,
///   `الانسحاب`, `الاستقرار`): Arabic morphology makes these common nouns, never a person's name
///   (the model took `الاتفاق`, "the agreement", for a person through a whole nuclear-deal story);
/// - a name holding a number or starting with a unit (`267137 كيلو غراما`): a quantity, never a person;
/// - a name starting with a place noun (`سوق عكاظ`, `مطار هيثرو`, after a proclitic too:
///   `لسوق عكاظ`): that place, a location;
/// - a name starting with a competition or an event (`دوري عبداللطيف جميل`, `جائزة الملك فيصل`):
///   an event named after someone, not a person (and events are no Marsad type).
enum PersonFilters {
    /// `nameStarts` tells how often a normalised word starts a name in the training data (the
    /// weights' `nameStartCount`); a common word that does (`أنان`, Annan) is not dropped.
    /// Whether a one-word name written with a final `ه` reads as a dictionary noun with the
    /// pronoun "his" (`دينه`, "his religion"; `رحمه`, "[God have] mercy on him"). Normalising
    /// writes `ة` as `ه`, so the name lists know it as a given name (`دينة`, Dina; `رحمة`); the
    /// text's own letter tells them apart (round 15: `دينه` was a person 72 times).
    static func isNounWithHis(written: String, key: String) -> Bool {
        guard written.unicodeScalars.last == "\u{0647}", key.unicodeScalars.count >= 4 else { return false }
        let stem = String(key.unicodeScalars.dropLast())
        return !stem.hasPrefix("ال") && WordList.commonWords.contains(FeatureHash.value(stem))
    }

    static func applying(to mentions: [EntityMention], nameStarts: (String) -> Int = { _ in 0 }) -> [EntityMention] {
        let mentions = PersonCommonTails.trimming(mentions.compactMap(placesAndQuantities).compactMap(withoutPrepositionalTail)
            .map(withoutVerbWithMe).map(withoutGirlDescribed).map(PersonVerbTails.trimmed))
        let nameUnits: [[String]] = mentions.map { $0.type == .person ? Self.units(of: $0.name) : [] }
        var firstWords: [String: Set<String>] = [:]
        var lastWords: Set<String> = []
        for (m, words) in zip(mentions, nameUnits) where words.count >= 2 {
            guard let first = words.first, let last = words.last else { continue }
            firstWords[first, default: []].insert(m.name)
            lastWords.insert(last)
        }
        return zip(mentions, nameUnits).compactMap { m, words -> EntityMention? in
            guard m.type == .person, words.count == 1, let key = words.first else { return m }
            if key.hasPrefix("ال"), key.hasSuffix("ون"), key.unicodeScalars.count >= 6 { return nil }
            if isDerivedVerbalNoun(key) || isFormTenVerb(key) { return nil }
            guard !lastWords.contains(key) else { return m }
            // A title or honorific alone (`سمو`, `الرئيس`) names nobody.
            if isHonorific(key) { return nil }
            if EntityEvidence.hasClass(key, "title") && !EntityEvidence.isSurnameTitle(key) { return nil }
            if CommonWordNames.isCommonWordAlone(key), nameStarts(key) == 0 { return nil }
            if m.role == nil, isNounWithHis(written: m.name, key: key), nameStarts(key) == 0 { return nil }
            if let fuller = firstWords[key], fuller.count == 1, let name = fuller.first {
                var tied = m
                tied.name = name
                return tied
            }
            guard MentionBuilder.isKnownGivenName(key) || isCompoundGivenName(key) else { return m }
            var local = m
            local.isLocal = true
            return local
        }
    }

    /// `m` unless it is a person whose name holds a digit or starts with a unit (dropped) or with a place noun
    /// (a location: Marsad names facilities whole, `مطار بولي`).
    static func placesAndQuantities(_ m: EntityMention) -> EntityMention? {
        guard m.type == .person else { return m }
        if m.name.unicodeScalars.contains(where: isNumeric) { return nil }
        // The first word (as `split(separator: " ").first`, without splitting the rest).
        let first = m.name.drop { $0 == " " }.prefix { $0 != " " }
        guard !first.isEmpty else { return m }
        let key = ArabicNormalizer.normalize(String(first))
        if unitsOfMeasure.contains(key) { return nil }
        let keys = [key] + EntityEvidence.procliticReadings(of: String(first)).map(\.key)
        if m.name.unicodeScalars.contains(" "), keys.contains(where: eventHeads.contains) { return nil }
        guard keys.contains(where: { placeNouns.contains($0) || EntityEvidence.hasClass($0, "facilityHead") }) else { return m }
        var place = m
        place.type = .location
        return place
    }

    /// Whether `s` has a numeric value (a digit of any script, a fraction, a numeral letter).
    /// Arabic letters, Latin letters and the space have none: answered without the Unicode tables.
    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x41...0x5A, 0x61...0x7A, 0x0621...0x064A: false
        default: s.properties.numericType != nil
        }
    }

    /// Competitions, prizes and events, which are often named after a person (`دوري عبداللطيف
    /// جميل`, `كأس الملك`, `جائزة نوبل`). Normalised. Source: Arabic news usage.
    static let eventHeads: Set<String> = ["دوري", "كاس", "بطوله", "جائزه", "مهرجان", "سباق", "ملتقي", "منتدي",
                                          "مؤتمر", "معرض", "مسابقه", "ماراثون"]

    /// Units of measure (`كيلو غراما`: the model read trade statistics' units as names). Normalised.
    /// Source: Arabic general vocabulary.
    static let unitsOfMeasure: Set<String> = ["كيلو", "كيلوغرام", "كيلوجرام", "كيلوغراما", "كيلوجراما", "غرام", "جرام",
                                              "غراما", "جراما", "طن", "طنا", "متر", "مترا", "كيلومتر", "كيلومترا",
                                              "ميل", "لتر", "لترا", "برميل", "هكتار", "دونم"]

    /// Nouns of places that are not among the rules' facility heads (which also announce places
    /// where the rules look for them) but never start a person's name. Normalised.
    /// Source: Arabic general vocabulary.
    static let placeNouns: Set<String> = ["سوق", "متحف", "حديقه", "برج", "جسر", "قلعه", "منتجع", "بيت"]

    /// Honorifics of address that stand before a name (`سمو الأمير`, `فخامة الرئيس`, `معالي
    /// الوزير`). Normalised. Source: Arabic news and protocol usage.
    static let honorifics: Set<String> = ["سمو", "السمو", "فخامه", "معالي", "سعاده", "جلاله", "سماحه", "صاحب"]

    /// Whether the normalised word is an honorific, alone or with a pronoun suffix (`سموه`, "his
    /// highness"; `معاليه`, `فخامته`).
    static func isHonorific(_ key: String) -> Bool {
        if honorifics.contains(key) { return true }
        for suffix in ["ه", "ها", "هم"] where key.hasSuffix(suffix) {
            var stem = String(key.unicodeScalars.dropLast(suffix.unicodeScalars.count))
            if stem.hasSuffix("ت") { stem = String(stem.unicodeScalars.dropLast()) + "ه" }  // فخامته → فخامه
            if honorifics.contains(stem) { return true }
        }
        return false
    }

    /// `m` without trailing words that are a preposition and the article before a common word
    /// (`مصطفى الإمام بالسجن`, "… to prison": the model ran the name into it); nil when nothing
    /// is left (`بالسجن` alone). Other types pass unchanged.
    static func withoutPrepositionalTail(_ m: EntityMention) -> EntityMention? {
        guard m.type == .person else { return m }
        // Most names end in no such word: their last word is asked before the name is split.
        let lastWord = m.name.lastIndex(of: " ").map { m.name[m.name.index(after: $0)...] } ?? m.name[...]
        guard isPrepositionalCommonWord(String(lastWord)) else { return m }
        var words = m.name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var removed = 0
        while let last = words.last, isPrepositionalCommonWord(last) {
            removed += last.unicodeScalars.count + (words.count > 1 ? 1 : 0)
            words.removeLast()
        }
        guard removed > 0 else { return m }
        guard !words.isEmpty else { return nil }
        var trimmed = m
        trimmed.name = words.joined(separator: " ")
        trimmed.end = m.end - removed
        return trimmed
    }

    /// `m` cut before its first word after the first that is a verb with the object suffix `ني`
    /// ("… me": `لوبين سبقني`, the model ran the name into "beat me"; `لوبين سبقني زميلي`, and on
    /// into the verb's subject), when a name of at least one word remains: no name goes on through
    /// a verb. Other types, and one-word names, pass unchanged.
    static func withoutVerbWithMe(_ m: EntityMention) -> EntityMention {
        guard m.type == .person else { return m }
        let scalars = Array(m.name.unicodeScalars)
        let spaces = scalars.indices.filter { scalars[$0] == " " }
        for (k, space) in spaces.enumerated() {
            let next = k + 1 < spaces.count ? spaces[k + 1] : scalars.count
            guard isVerbWithMe(String(String.UnicodeScalarView(scalars[(space + 1)..<next]))) else { continue }
            var trimmed = m
            trimmed.name = String(String.UnicodeScalarView(scalars[..<space]))
            trimmed.end = m.end - (scalars.count - space)
            return trimmed
        }
        return m
    }

    /// `m` without a last `بنت` + a feminine adjective ("a … girl": `أليس بنت ذكية`, "Alice is a
    /// smart girl", was one name): the word after `بنت` is a common word of the language without
    /// the article, ending in `ة`, that no name list knows. A daughter's name after `بنت` is a
    /// name (`فاطمة بنت محمد`), and so is a family name with the article (`بنت الشاطئ`). Other
    /// types, and names without that ending, pass unchanged.
    static func withoutGirlDescribed(_ m: EntityMention) -> EntityMention {
        guard m.type == .person else { return m }
        let scalars = Array(m.name.unicodeScalars)
        guard let space = scalars.lastIndex(of: " "), space >= 5, scalars[space - 4] == " ",
              scalars[space - 3] == "ب", scalars[space - 2] == "ن", scalars[space - 1] == "ت" else { return m }
        let last = ArabicNormalizer.normalize(String(String.UnicodeScalarView(scalars[(space + 1)...])))
        guard last.hasSuffix("ه"), !last.hasPrefix("ال"), CommonWordNames.isCommonWordAlone(last) else { return m }
        var trimmed = m
        trimmed.name = String(String.UnicodeScalarView(scalars[..<(space - 4)]))
        trimmed.end = m.end - (scalars.count - (space - 4))
        return trimmed
    }

    /// Whether the word is a common word of the language + `ني` with a consonant before it, no
    /// word of a person's name and without the article: a verb with "me" (`سبقني`, `أخبرني`).
    /// Names that end in `ني` after a long vowel (`حقاني`, `بولوني`, `مانشيني`) are not.
    static func isVerbWithMe(_ word: String) -> Bool {
        let key = ArabicNormalizer.normalize(word)
        let w = Array(key.unicodeScalars)
        guard w.count >= 5, w[w.count - 2] == "ن", w[w.count - 1] == "ي", !key.hasPrefix("ال"),
              !["ا", "و", "ي"].contains(w[w.count - 3]) else { return false }
        let stem = String(String.UnicodeScalarView(w[..<(w.count - 2)]))
        return WordList.commonWords.contains(FeatureHash.value(stem))
            && !MentionBuilder.isKnownPersonName(key) && !MentionBuilder.isKnownPersonName(stem)
    }

    /// Whether `word` is `بال`/`لل` + a common word of the language (`بالسجن`, `للطاقة`) that no
    /// list knows as a name. (`كال` is left alone: transliterations start with it, `كالاهان`.)
    static func isPrepositionalCommonWord(_ word: String) -> Bool {
        let key = ArabicNormalizer.normalize(word)
        let rest: String
        if key.hasPrefix("بال") { rest = String(key.unicodeScalars.dropFirst(3)) }
        else if key.hasPrefix("لل") { rest = String(key.unicodeScalars.dropFirst(2)) }
        else { return false }
        guard rest.unicodeScalars.count >= 3, WordList.commonWords.contains(FeatureHash.value(rest)) else { return false }
        return !MentionBuilder.isKnownPersonName(rest) && !MentionBuilder.isKnownPersonName(key)
    }

    /// Whether a unit of `units(of:)` is a compound given name: `عبد` + a word, or a word +
    /// `الدين` (`عز الدين`, `نور الدين`).
    static func isCompoundGivenName(_ unit: String) -> Bool {
        (unit.hasPrefix("عبد") || unit.hasSuffix("الدين")) && unit.unicodeScalars.count > 5
    }

    /// Whether the normalised word is a perfect verb of form X (`استقبل`, `استعرض`): a word the
    /// model carried a name into elsewhere in the text, then took alone. A fourth letter that is
    /// a long vowel marks a transliterated name instead (`استيفن`).
    static func isFormTenVerb(_ key: String) -> Bool {
        let w = Array(key.unicodeScalars)
        return w.count == 6 && w[0] == "ا" && w[1] == "س" && w[2] == "ت" && !["ا", "و", "ي"].contains(w[3])
    }

    /// The normalised words of a name, a compound given name written in two (`عبد الله`,
    /// `عبد العزيز`, `عز الدين`) counted as one: alone it is a given name like any other.
    static func units(of name: String) -> [String] {
        var out: [String] = []
        var joinNext = false
        for word in name.split(separator: " ") {
            let key = ArabicNormalizer.normalize(String(word))
            if joinNext || (key == "الدين" && !out.isEmpty), let last = out.popLast() { out.append(last + key) } else { out.append(key) }
            joinNext = key == "عبد"
        }
        return out
    }

    /// Whether the normalised `key` is `ال` + a masdar of form VIII (`افتعال`, and `اتّفعال` of
    /// roots whose first letter assimilates: `الاتفاق`, `الاتحاد`), VII (`انفعال`) or X (`استفعال`).
    static func isDerivedVerbalNoun(_ key: String) -> Bool {
        let w = Array(key.unicodeScalars)
        func at(_ i: Int, _ c: Unicode.Scalar) -> Bool { i < w.count && w[i] == c }
        guard at(0, "ا"), at(1, "ل"), at(2, "ا") else { return false }
        switch w.count {
        case 7: return at(3, "ت") && at(5, "ا")                    // الاتفاق
        case 8: return (at(4, "ت") || at(3, "ن")) && at(6, "ا")   // الاجتماع، الانسحاب
        case 9: return at(3, "س") && at(4, "ت") && at(7, "ا")      // الاستقرار
        default: return false
        }
    }
}

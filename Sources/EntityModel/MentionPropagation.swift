import ArabicText

/// One sense per discourse: a name the model found once in a text is taken again where the same
/// words recur in it (`الأهلي` … `بالأهلي`), with an attached proclitic left out as usual.
enum MentionPropagation {
    /// Whether `word`, last of a person's name after `previous`, can stand alone for them: not a
    /// given name, a place, a function word, or the second half of `عبد ال…` / `بن …` forms.
    /// A title in `titleSurnames` (`الإمام` after `حسن`, see `SurnameTitles`) counts as a family name.
    static func isSurname(_ word: String, after previous: String, titleSurnames: Set<String> = []) -> Bool {
        if EntityEvidence.hasClass(word, "given", "foreignGiven", "country", "city", "region", "function", "month") { return false }
        if !titleSurnames.contains(word), EntityEvidence.hasClass(word, "title") { return false }
        return !EntityEvidence.hasClass(previous, "particle") && !regnalOrdinals.contains(word)
    }

    /// Regnal numbers (`عبدالله الثاني`): never a family name alone (`تشرين الثاني`). Normalised.
    static let regnalOrdinals: Set<String> = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]

    /// Whether a family name that is also a common word (`العمرة`, the Umrah) stands alone in the
    /// text more than four times as often as the full names it ends: then the text is about the
    /// thing, and the person (`محمد العمرة`, quoted once in an article on the Umrah season) is
    /// not read into every mention of it (14 of 41 in SaudiNewsNet articles 12,001–20,000).
    static func isMostlyAWord(_ surname: String, key: UInt64, in mentions: [EntityMention], facts: [TokenFacts]) -> Bool {
        guard surname.hasPrefix("ال"), !EntityEvidence.isSurnameTitle(surname),
              WordList.commonWords.contains(FeatureHash.value(String(surname.dropFirst(2)))) else { return false }
        let full = mentions.filter { $0.type == .person && ArabicNormalizer.normalize($0.name).hasSuffix(" " + surname) }.count
        let alone = facts.filter { $0.key == key }.count - full
        return alone > 4 * max(full, 1)
    }

    /// Whether `word` after `previous` reads as an adjective of it: `previous` is definite (also
    /// behind a proclitic: `للدفاع`) and names no person (not a title, a nationality, a word of
    /// names such as the `الله` of `عبد الله`, or a person's occupation), and `word` without its
    /// article is a common word (not a title-family name: `الإمام`).
    static func isAdjectivePhrase(_ previous: String, _ word: String) -> Bool {
        let key = ArabicNormalizer.normalize(word), before = ArabicNormalizer.normalize(previous)
        guard key.hasPrefix("ال"), key.count >= 5, !EntityEvidence.isSurnameTitle(key),
              WordList.commonWords.contains(FeatureHash.value(String(key.dropFirst(2)))) else { return false }
        let readings = [before] + EntityEvidence.procliticKeys(ofNormalized: before)
        return readings.contains { $0.hasPrefix("ال") } && !readings.contains {
            EntityEvidence.hasClass($0, "title", "demonym") || MentionBuilder.isKnownPersonName($0) || personNouns.contains($0)
        }
    }

    /// Definite nouns of people that stand before a family name (`الفنان الجاسر`). Normalised.
    /// Source: Arabic news usage.
    static let personNouns: Set<String> = [
        "الفنان", "الفنانه", "المهندس", "المهندسه", "المعلم", "المعلمه", "الشهيد", "اللاعب", "المدرب", "الشاعر",
        "الشاعره", "الداعيه", "المواطن", "المواطنه", "الطبيب", "الطبيبه", "الطالب", "الطالبه", "الزميل", "الزميله",
        "الحكم", "المهاجم", "المدافع", "الحارس", "النجم", "الاعلامي", "الاعلاميه", "الروائي", "المخرج", "الممثل",
        "الممثله", "المطرب", "المطربه", "الكابتن", "الشاب", "الشابه", "الطفل", "الطفله", "المتهم", "الضحيه",
    ]

    /// The recurrences of `mentions`' names in `tokens` that no mention covers yet. `facts[i]`
    /// are the facts of `tokens[i]`: words are compared by the fingerprints of their keys.
    static func recurrences(of mentions: [EntityMention], in tokens: [ModelToken], facts: [TokenFacts],
                            scalars: [Unicode.Scalar], titleSurnames: Set<String> = []) -> [EntityMention] {
        var names: [[UInt64]: (words: [String], type: EntityType)] = [:]
        for m in mentions {
            let words = m.name.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
            guard !words.isEmpty, words.joined().count >= 3 else { continue }
            if words.count == 1, EntityEvidence.hasClass(words[0], "function") { continue }
            let keys = words.map(FeatureHash.value)
            if names[keys] == nil { names[keys] = (words, m.type) }
            // A person's family name alone refers to them again (`محمد بركات` … `بركات`); not a
            // "person" read inside a facility named after a titled one, which the facility
            // replaces later (`خالد الدولية` in `مطار الملك خالد الدولية`: no `الدولية` is a person).
            if m.type == .person, words.count >= 2, let surname = words.last, surname.count >= 3,
               names[[keys[keys.count - 1]]] == nil, isSurname(surname, after: words[words.count - 2], titleSurnames: titleSurnames),
               !isMostlyAWord(surname, key: keys[keys.count - 1], in: mentions, facts: facts),
               NamedAfterPerson.facility(around: m, tokens: tokens, scalars: scalars) == nil {
                names[[keys[keys.count - 1]]] = ([surname], .person)
            }
        }
        guard !names.isEmpty else { return [] }
        var covered = [Bool](repeating: false, count: scalars.count + 1)
        for m in mentions { for p in m.start..<min(m.end, scalars.count) { covered[p] = true } }
        var byFirstWord: [UInt64: [(keys: [UInt64], type: EntityType)]] = [:]
        // Longest names first, then by their text (each name's text joined once, not per comparison).
        let ordered = names.map { (keys: $0.key, type: $0.value.type, count: $0.value.words.count,
                                   text: $0.value.words.joined(separator: " ")) }
            .sorted { ($0.count, $0.text) > ($1.count, $1.text) }
        for name in ordered {
            byFirstWord[name.keys[0], default: []].append((name.keys, name.type))
        }
        let firstWords = FingerprintSet(byFirstWord.keys)
        var found: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            var matched = false
            // Readings are worked out only where a name starts with the word or with its rest
            // after a proclitic (else none of them could match).
            if !covered[tokens[i].start],
               firstWords.contains(facts[i].key) || facts[i].stripped.contains(where: firstWords.contains) {
                var readings = [(key: facts[i].key, skip: 0, restoresArticle: false)]
                if facts[i].stripped.contains(where: firstWords.contains) {
                    readings += EntityEvidence.procliticReadings(of: tokens[i].text).map { (FeatureHash.value($0.key), $0.skip, $0.restoresArticle) }
                }
                search: for r in readings {
                    guard let candidates = byFirstWord[r.key] else { continue }
                    for (keys, type) in candidates {
                        let last = i + keys.count - 1
                        // A lone family name right after a given name is someone else's (`عمر البشير` after `أحمد`: `أحمد البشير`).
                        if keys.count == 1, type == .person, i > 0,
                           MentionBuilder.isKnownGivenName(ArabicNormalizer.normalize(tokens[i - 1].text)) { continue }
                        // A family name that is also an adjective of the language, after a definite
                        // noun, is that noun's adjective (`الدفاع المدني` after `إياد المدني`: 61
                        // persons in SaudiNewsNet articles 12,001–20,000), unless the noun is a title.
                        if keys.count == 1, type == .person, i > 0, isAdjectivePhrase(tokens[i - 1].text, tokens[i].text) { continue }
                        // A title-family name before a given name is a title there (`الإمام علي`).
                        if keys.count == 1, type == .person, i + 1 < tokens.count, !titleSurnames.isEmpty,
                           titleSurnames.contains(ArabicNormalizer.normalize(tokens[i].text)),
                           MentionBuilder.isKnownGivenName(ArabicNormalizer.normalize(tokens[i + 1].text)) { continue }
                        guard last < tokens.count, (1..<keys.count).allSatisfy({ facts[i + $0].key == keys[$0] }) else { continue }
                        let start = tokens[i].start + r.skip, end = tokens[last].end
                        guard !covered[start..<end].contains(true) else { continue }
                        found.append(EntityMention(type: type, name: (r.restoresArticle ? "ا" : "") + String(scalars: scalars[start..<end]),
                                                   start: start, end: end))
                        for p in start..<end { covered[p] = true }
                        i = last + 1
                        matched = true
                        break search
                    }
                }
            }
            if !matched { i += 1 }
        }
        return found
    }
}

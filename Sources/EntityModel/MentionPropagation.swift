import ArabicText

/// One sense per discourse: a name the model found once in a text is taken again where the same
/// words recur in it (`الأهلي` … `بالأهلي`), with an attached proclitic left out as usual.
enum MentionPropagation {
    /// Whether `word`, last of a person's name after `previous`, can stand alone for them: not a
    /// given name, a place, a function word, or the second half of `عبد ال…` / `بن …` forms.
    static func isSurname(_ word: String, after previous: String) -> Bool {
        let classes = EntityEvidence.classes(of: word)
        let excluded = ["given", "foreignGiven", "country", "city", "region", "function", "title", "month"]
        return !classes.contains(where: excluded.contains) && !EntityEvidence.classes(of: previous).contains("particle")
            && !regnalOrdinals.contains(word)
    }

    /// Regnal numbers (`عبدالله الثاني`): never a family name alone (`تشرين الثاني`). Normalised.
    static let regnalOrdinals: Set<String> = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]

    /// The recurrences of `mentions`' names in `tokens` that no mention covers yet.
    static func recurrences(of mentions: [EntityMention], in tokens: [ModelToken], scalars: [Unicode.Scalar]) -> [EntityMention] {
        var names: [[String]: EntityType] = [:]
        for m in mentions {
            let words = m.name.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
            guard !words.isEmpty, words.joined().count >= 3 else { continue }
            if words.count == 1, EntityEvidence.classes(of: words[0]).contains("function") { continue }
            if names[words] == nil { names[words] = m.type }
            // A person's family name alone refers to them again (`محمد بركات` … `بركات`).
            if m.type == .person, words.count >= 2, let surname = words.last, surname.count >= 3,
               names[[surname]] == nil, isSurname(surname, after: words[words.count - 2]) {
                names[[surname]] = .person
            }
        }
        guard !names.isEmpty else { return [] }
        var covered = Set<Int>()
        for m in mentions { for p in m.start..<m.end { covered.insert(p) } }
        let keys = tokens.map { ArabicNormalizer.normalize($0.text) }
        var byFirstWord: [String: [(words: [String], type: EntityType)]] = [:]
        for (words, type) in names.sorted(by: { ($0.key.count, $0.key.joined(separator: " ")) > ($1.key.count, $1.key.joined(separator: " ")) }) {
            byFirstWord[words[0], default: []].append((words, type))
        }
        let firstWords = Set(byFirstWord.keys)
        var found: [EntityMention] = []
        var i = 0
        while i < tokens.count {
            var matched = false
            if !covered.contains(tokens[i].start) {
                var readings = [(key: keys[i], skip: 0, restoresArticle: false)]
                if EntityEvidence.procliticKeys(ofNormalized: keys[i]).contains(where: firstWords.contains) {
                    readings += EntityEvidence.procliticReadings(of: tokens[i].text)
                }
                search: for r in readings where firstWords.contains(r.key) {
                    for (words, type) in byFirstWord[r.key] ?? [] {
                        let last = i + words.count - 1
                        // A lone family name right after a given name is someone else's (`عمر البشير` after `أحمد`: `أحمد البشير`).
                        if words.count == 1, type == .person, i > 0, MentionBuilder.isKnownGivenName(keys[i - 1]) { continue }
                        guard last < tokens.count, (1..<words.count).allSatisfy({ keys[i + $0] == words[$0] }) else { continue }
                        let start = tokens[i].start + r.skip, end = tokens[last].end
                        guard !(start..<end).contains(where: covered.contains) else { continue }
                        var view = String.UnicodeScalarView()
                        view.append(contentsOf: scalars[start..<end])
                        found.append(EntityMention(type: type, name: (r.restoresArticle ? "ا" : "") + String(view), start: start, end: end))
                        for p in start..<end { covered.insert(p) }
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

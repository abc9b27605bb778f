/// Finds people: a title or role followed by a name (`المشير عبد الفتاح السيسي`), or a known given name
/// followed by a family name (`أحمد أبو الغيط`). A role seen before or right after the name is kept.
enum PersonRule {
    /// The person candidates of `view`.
    static func candidates(in view: TextView) -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        let n = view.tokens.count
        while i < n {
            if let title = view.titleForm(i), let found = titled(view, title: title, at: i) {
                result.append(found.candidate)
                i = found.next
            } else if let found = named(view, at: i) {
                result.append(found.candidate)
                i = found.next
            } else {
                i += 1
            }
        }
        return result
    }

    /// A name after the title at token `i`, skipping the title's complements.
    static func titled(_ view: TextView, title: TextView.Form, at i: Int) -> (candidate: Candidate, next: Int)? {
        var j = i + 1
        var skipped = 0
        var needsGivenName = view.word(i, is: .surnameTitle)
        while j < view.tokens.count, !view.breakAfter[j - 1], skipped < 7 {
            let key = view.tokens[j].normalized
            let definite = view.forms[j].contains { KeyAffixes.hasPrefix($0.key, "ال") }
            if view.titleForm(j) != nil || view.word(j, is: .onBehalf)
                || (definite && view.givenNameForm(j) == nil && !view.isFunctionWord(j))
                || view.isDemonym(j) || view.place(at: j) != nil && view.givenNameForm(j) == nil {
                j += 1
                skipped += 1
            } else if let width = complementWidth(view, at: j) {
                j += width
                skipped += width
                // After an organisation, a possessive or a time word a verb may follow the role:
                // only a given name or a name particle opens the name then.
                needsGivenName = !PersonLexicon.roleLocatives.contains(key)
            } else {
                break
            }
        }
        guard j < view.tokens.count, j > i, !view.breakAfter[j - 1] else { return nil }
        if needsGivenName, view.givenNameForm(j) == nil, !view.isParticle(j) { return nil }
        guard let name = parseName(view, at: j, afterTitle: true) else { return nil }
        let roleStart = view.tokens[i].start + title.skip
        let onBehalf = PersonLexicon.onBehalf.contains(withoutPronoun(view.tokens[j - 1].normalized))
        let role = onBehalf ? nil : view.text(roleStart, view.tokens[j - 1].end)
        return (Candidate(type: .person, start: name.start, end: view.tokens[name.last].end,
                          priority: Candidate.Strength.titledPerson, role: role), name.last + 1)
    }

    /// A name opened by a given name at token `i`; a role right after it is kept.
    static func named(_ view: TextView, at i: Int) -> (candidate: Candidate, next: Int)? {
        guard let name = parseName(view, at: i, afterTitle: false) else { return nil }
        var role: String?
        let after = name.last + 1
        if after < view.tokens.count, !view.breakAfter[name.last], let title = view.titleForm(after), title.skip == 0 {
            var k = after
            while k + 1 < view.tokens.count, k - after < 3, !view.breakAfter[k], view.isDefinite(k + 1),
                  !view.isFunctionWord(k + 1) { k += 1 }
            role = view.text(view.tokens[after].start, view.tokens[k].end)
        }
        return (Candidate(type: .person, start: name.start, end: view.tokens[name.last].end,
                          priority: Candidate.Strength.person, role: role), after)
    }

    /// The extent of a name starting at token `j`: its first scalar and last token.
    static func parseName(_ view: TextView, at j: Int, afterTitle: Bool) -> (start: Int, last: Int)? {
        let n = view.tokens.count
        var start = view.tokens[j].start
        var k = j
        var given = false
        if let f = view.givenNameForm(j) {
            given = true
            start += f.skip
        } else if view.isParticle(j), j + 1 < n, !view.breakAfter[j], view.isNameWord(j + 1) {
            given = true
            k = j + 1
        } else if let f = view.forms[j].dropFirst().first(where: { $0.classes.contains(.particle) }),
                  !afterTitle, j + 1 < n, !view.breakAfter[j], view.isNameWord(j + 1) {
            given = true
            start += f.skip
            k = j + 1
        } else if afterTitle {
            // `الإمام`, `الشيخ`… are often family names: after them only a given name opens a name.
            if j > 0, view.word(j - 1, is: .surnameTitle) { return nil }
            guard view.isNameWord(j), !view.isDefinite(j), view.place(at: j) == nil, !isAdverbial(view, j),
                  !hasPronounSuffix(view, j) else { return nil }
            // A construct noun (`رئيس أركان الجيش`) is followed by a definite genitive; a name is not.
            if j + 1 < n, !view.breakAfter[j], view.isDefinite(j + 1), !view.isFunctionWord(j + 1),
               view.titleForm(j + 1) == nil, !view.isDemonym(j + 1) { return nil }
        } else {
            return nil
        }
        let compoundEnd = k
        // Gulf names after `الشيخ`/`الأمير` chain family names: `الشيخ صباح الخالد الحمد الصباح`.
        let honorific = j > 0 && view.word(j - 1, is: .honorific)
        var surnameTaken = false
        var parts = 1
        while parts < 4, k + 1 < n, !view.breakAfter[k] {
            let t = k + 1
            let key = view.tokens[t].normalized
            if view.word(t, is: .regnalOrdinal) {
                k = t  // `عبد الله الثاني` ends at its ordinal
                break
            }
            if let last = foreignParticleRun(view, at: t) {
                k = last  // `أورسولا فون دير لاين`
                surnameTaken = true
            } else if view.isParticle(t), t + 1 < n, !view.breakAfter[t], view.isParticleComplement(t + 1) {
                k = t + 1
                surnameTaken = true
            } else if view.givenNameForm(t)?.skip == 0 {
                k = t
            } else if view.word(t, is: .surnameTail), surnameTaken || parts > 1 {
                k = t  // `تشاووش أوغلو`
            } else if isAdverbial(view, t) {
                break
            } else if !surnameTaken, view.isNameWord(t) || view.word(t, is: .surnameTitle),
                      !(KeyAffixes.hasPrefix(key, "و") && view.forms[t].dropFirst().contains { $0.classes.contains(.gazetteerEntry) }) {
                k = t
                surnameTaken = true
            } else if view.isDefinite(t), KeyAffixes.hasSuffix(key, "ي"), view.isNameWord(t) {
                k = t
            } else if parts >= 2, view.isDefinite(t), KeyAffixes.hasSuffix(key, "ي"), view.isDemonym(t) {
                k = t  // a family nisba that is also a nationality: `محمد شياع السوداني`
                break
            } else if surnameTaken, honorific, view.isDefinite(k), view.isDefinite(t), view.isNameWord(t),
                      !view.word(t, is: .genericAdjective) {
                k = t  // a chain of family names: `صباح الخالد الحمد الصباح`
            } else {
                break
            }
            parts += 1
        }
        if given && !afterTitle && k == compoundEnd { return nil }
        return (start, k)
    }
}

/// Finds organisations: a head noun and the words that complete its name
/// (`وزارة العدل الأميركية`, `تنظيم القاعدة في بلاد المغرب الإسلامي`, `لواء 93`),
/// and the best-known organisations named without a head (`داعش`, `الأمم المتحدة`).
enum OrganizationRule {
    /// The organisation candidates of `view`.
    static func candidates(in view: TextView) -> [Candidate] {
        Candidate.scan(view) { headed($0, at: $1) ?? wellKnown($0, at: $1) }
    }

    /// A name opened by the head at token `i`.
    static func headed(_ view: TextView, at i: Int) -> (candidate: Candidate, next: Int)? {
        let n = view.tokens.count
        guard i + 1 < n, !view.breakAfter[i], !view.isFunctionWord(i) else { return nil }
        let construct = view.form(i, .constructHead)
        let definite = construct == nil ? view.form(i, .definiteHead) : nil
        guard let head = construct ?? definite else { return nil }
        var k = i
        var allConstruct = construct != nil
        var distinctive = false
        var national = false
        var afterPlace = false
        var openComplement = -1
        // After a complement or a coordinated genitive only adjectives continue the name.
        var adjectivesOnly = false
        while k + 1 < n, !view.breakAfter[k], k - i < 12 {
            let t = k + 1
            let key = view.tokens[t].normalized
            // Participles and event nouns describe a named organisation from outside.
            if k > i, view.word(t, is: [.trailingDescriptor, .eventNoun]) { break }
            // A place completes a construct name; only its adjectives follow (`مصرف لبنان المركزي`).
            if afterPlace, !view.isDefinite(t) { break }
            if construct == nil, k == i, view.word(t, is: .openingAdjective) {
                k = t; allConstruct = false; continue  // `الاتحاد العام التونسي`
            }
            if k == i, head.classes.contains(.numberedUnit), isSmallNumber(key) {
                k = t; distinctive = true; break  // `الفرقة 16`
            }
            // A head in construct with another head: `حزب جبهة العمل الإسلامي`, `قيادة قوات الدعم`.
            if allConstruct, k == i, view.form(t, .constructHead)?.skip == 0 {
                k = t; continue
            }
            if k > i, let open = complement(view, at: t) {
                k = t; distinctive = true; allConstruct = open; openComplement = open ? t : -1
                adjectivesOnly = !open
                continue
            }
            // Coordination joins indefinite construct nouns only; after a definite genitive it is
            // more often the next clause (`حل مجلس الأمة ووقف العمل`).
            if k > i, construct != nil && k == i + 1 && !view.isDefinite(k) || k == openComplement, coordinated(view, at: t) {
                k = t; allConstruct = true; openComplement = t
                continue  // `حزب المساواة وديمقراطية الشعوب`, `لإغاثة وتشغيل اللاجئين`
            }
            // A genitive place of several words, directional ones included (`لدول غرب أفريقيا`).
            if allConstruct, k > i, let hit = view.place(at: t), hit.form.skip == 0, hit.words > 1 {
                k = t + hit.words - 1; distinctive = true; afterPlace = true
                continue
            }
            if view.isFunctionWord(t) || view.givenNameForm(t)?.skip == 0 && k == i || view.titleForm(t) != nil {
                if allConstruct, k > i, view.word(t, is: .month), view.tokens[k].normalized.allSatisfy(\.isNumber) {
                    k = t; continue  // a month after a number: `لواء 93`
                }
                if KeyAffixes.equals(key, "في"), let region = region(view, after: t) { k = region; distinctive = true; continue }
                if KeyAffixes.equals(key, "عن"), view.word(k, is: .takesAn), t + 1 < n,
                   !view.breakAfter[t], view.isNameWord(t + 1) || view.place(at: t + 1) != nil { k = t + 1; continue }
                break
            }
            if !allConstruct, let f = view.forms[t].first(where: \.restoresArticle),
               !f.classes.isDisjoint(with: [.definiteHead, .genitiveComplement]) {
                k = t; distinctive = true; continue
            }
            if adjectivesOnly, !looksAdjectival(view, t) { break }
            if view.isDefinite(t) {
                if k == openComplement { adjectivesOnly = true }  // `لشؤون اللاجئين` takes one genitive
                // After a definite head the first word must be an adjective (`المجلس الرئاسي`), not a new noun.
                if construct == nil, k == i, !(KeyAffixes.hasSuffix(key, "ي") || KeyAffixes.hasSuffix(key, "ه") || KeyAffixes.hasSuffix(key, "ا")) { break }
                if allConstruct, k > i, view.isDemonym(t), k != openComplement { break }  // `صحيفة نيويورك تايمز الأمريكية`
                if k > i, view.isDemonym(k), !view.isDemonym(t) { break }  // a nationality ends the name
                if k > i, view.form(t, .definiteHead) != nil, !allConstruct { break }
                if view.isDemonym(t) { national = true } else if !view.word(t, is: .genericAdjective) { distinctive = true }
                allConstruct = false
                k = t; continue
            }
            if KeyAffixes.hasPrefix(key, "وال"), k > i, !allConstruct, !view.isHead(t), view.form(t, .definiteHead) == nil {
                k = t; continue
            }
            // A word with a clitic (`بالنتيجة`، `للمطالبة`) is not inside a name.
            if view.forms[t].count > 1, view.forms[t].dropFirst().contains(where: { KeyAffixes.hasPrefix($0.key, "ال") }) { break }
            // A pronoun suffix (`مقتله`) ends a construct chain: names do not carry one.
            if allConstruct, view.tokens[t].text.unicodeScalars.last == "\u{0647}", !view.isDefinite(t) { break }
            if allConstruct, view.isNameWord(t) || key.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) || view.place(at: t) != nil {
                if view.titleForm(t) != nil || view.isDemonym(t) { break }
                distinctive = true
                if let hit = view.place(at: t), hit.form.skip == 0 {
                    k = t + hit.words - 1
                    if k > i + 1 { break }  // `مجلس محافظة بغداد` ends at the place
                    afterPlace = true
                    continue
                }
                k = t
                continue
            }
            break
        }
        guard k > i else { return nil }
        if construct == nil {
            let ok = distinctive || national && !head.classes.contains(.notNamedByNationality)
            guard ok else { return nil }
            // `وزير الخارجية الأميركي` is a role, not the ministry.
            if i > 0, !view.breakAfter[i - 1], view.titleForm(i - 1) != nil, head.classes.contains(.ministry) {
                return nil
            }
        }
        // `قوات الأمن`, `قوات النظام`: generic forces described by their role, not named.
        if k == i + 1, head.classes.contains(.outerHead), view.word(k, is: .genericForces) {
            return nil
        }
        // `قوات الجيش الليبي`: the name is the inner one.
        if head.classes.contains(.outerHead), view.form(i + 1, .definiteHead) != nil {
            return nil
        }
        // Never end on a function word or a bare preposition phrase.
        let start = view.tokens[i].start + head.skip
        return (Candidate(type: .organization, start: start, end: view.tokens[k].end,
                          priority: Candidate.Strength.organization, name: view.name(i, head, through: k)), k + 1)
    }

    /// The last token of a region phrase after `في` at token `t` (`في بلاد المغرب الإسلامي`).
    static func region(_ view: TextView, after t: Int) -> Int? {
        guard t + 1 < view.tokens.count, !view.breakAfter[t] else { return nil }
        for words in OrganizationLexicon.regionalComplementWords {
            guard t + words.count < view.tokens.count, view.isContiguous(t + 1, t + words.count) else { continue }
            var matches = true
            for (offset, word) in words.enumerated() where !KeyAffixes.equals(view.tokens[t + 1 + offset].normalized, word) {
                matches = false
                break
            }
            if matches { return t + words.count }
        }
        return nil
    }

    /// A well-known organisation named at token `i` (`داعش`, `الأمم المتحدة`, `لداعش`).
    static func wellKnown(_ view: TextView, at i: Int) -> (candidate: Candidate, next: Int)? {
        // The table is keyed by `String` (Unicode comparison): a plain word not among its first
        // words' bytes (`LexiconClasses.wellKnownFirst`) is not among them at all.
        let plain = view.facts[i].flags.contains(.plain)
        for first in view.forms[i] where first.classes.contains(.wellKnownFirst) || !plain {
            guard let phrases = OrganizationLexicon.wellKnownByFirstWord[first.key] else { continue }
            for words in phrases {
                var last = i + words.count - 1
                guard last < view.tokens.count, view.isContiguous(i, last) else { continue }
                var matches = true
                for offset in 1..<max(words.count, 1) where offset < words.count && !KeyAffixes.equals(view.tokens[i + offset].normalized, words[offset]) {
                    matches = false
                    break
                }
                guard matches else { continue }
                if last + 1 < view.tokens.count, !view.breakAfter[last], KeyAffixes.equals(view.tokens[last + 1].normalized, "في"),
                   let region = region(view, after: last + 1) {
                    last = region  // `القاعدة في بلاد المغرب الإسلامي`
                } else if OrganizationLexicon.ambiguousWellKnown.contains(words.joined(separator: " ")), last + 1 < view.tokens.count,
                          !view.breakAfter[last], view.isDefinite(last + 1), KeyAffixes.hasSuffix(view.tokens[last + 1].normalized, "يه") {
                    return nil
                }
                return (Candidate(type: .organization, start: view.tokens[i].start + first.skip, end: view.tokens[last].end,
                                  priority: Candidate.Strength.wellKnown, name: view.name(i, first, through: last)), last + 1)
            }
        }
        return nil
    }
}

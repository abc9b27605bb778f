/// Finds places: gazetteer names of countries, regions and cities (after any clitic:
/// `لدمشق` → `دمشق`), names after an administrative head (`مدينة حلب` → `حلب`) and
/// facilities with their head (`سجن طرة`, `جامع الزيتونة`).
///
/// Compound names follow one convention (canonical names, as the contract asks): a direction word
/// (`شمال`، `جنوب`، `شرق`، `غرب`، `وسط`) belongs to the name only when the whole is itself a known
/// place — an administrative division or region in the gazetteer (`ولاية شمال دارفور`، `جنوب
/// سيناء`، `شمال أفريقيا`); otherwise it only locates an event and the place is the word after it
/// (`في جنوب لبنان` → `لبنان`). Likewise an administrative head stays out of the name
/// (`مدينة حلب` → `حلب`) unless head and name together are the known name (`إقليم كردستان`).
/// A facility named after a person (`مطار رفيق الحريري`، `محطة …`) is one place running through
/// the whole name, any `لل` complement (`للطاقة الشمسية`) and unit number (`سجن … 2`); it yields
/// no person.
enum LocationRule {
    /// The place candidates of `view`.
    static func candidates(in view: TextView) -> [Candidate] {
        Candidate.scan(view) { headed($0, at: $1) ?? gazetteer($0, at: $1) }
    }

    /// A gazetteer name at token `i`.
    static func gazetteer(_ view: TextView, at i: Int) -> (candidate: Candidate, next: Int)? {
        guard let hit = view.place(at: i), !view.isHead(i) else { return nil }
        if hit.words == 1 {
            // `بأنه`: a word that reads as a clitic and a function word is not a place.
            if view.forms[i].dropFirst().contains(where: { $0.classes.contains(.functionWord) || FunctionWords.containsWithPronoun($0.key) }) { return nil }
            // `الرئيس السوري`، `المصرف التجاري السوري`: a nationality adjective agreeing with the
            // definite noun before it describes that noun; it is not the country.
            if hit.form.skip == 0, view.isDefinite(i), view.isDemonym(i), i > 0, !view.breakAfter[i - 1],
               view.isDefinite(i - 1), !view.isFunctionWord(i - 1) { return nil }
        }
        if hit.entry.isVariant || hit.words == 1 && view.givenNameForm(i) != nil {
            let cued = hit.form.skip > 0
                || i > 0 && !view.breakAfter[i - 1] && view.word(i - 1, is: .locativeCue)
            guard cued else { return nil }
        }
        let last = i + hit.words - 1
        return (Candidate(type: .location, start: view.tokens[i].start + hit.form.skip, end: view.tokens[last].end,
                          priority: hit.words > 1 ? Candidate.Strength.placePhrase : Candidate.Strength.place, name: view.name(i, hit.form, through: last)), last + 1)
    }

    /// A name after the place head at token `i`.
    static func headed(_ view: TextView, at i: Int) -> (candidate: Candidate, next: Int)? {
        let n = view.tokens.count
        guard i + 1 < n, !view.breakAfter[i] else { return nil }
        let admin = view.form(i, .adminHead)
        if let head = admin, head.classes.contains(.keptAdminHead), let whole = view.place(at: i),
           whole.words > 1, whole.form.skip == head.skip, !whole.entry.isVariant {
            let last = i + whole.words - 1
            return (Candidate(type: .location, start: view.tokens[i].start + head.skip, end: view.tokens[last].end,
                              priority: Candidate.Strength.placeHead), last + 1)
        }
        // A head written with a hamza on its alef is another word (`وأدى`, "and it led to", is no
        // `وادي`, "valley"; no facility head is written with one).
        let hamza = view.tokens[i].text.unicodeScalars.contains { $0 == "أ" || $0 == "إ" || $0 == "آ" }
        let facility = admin == nil && !hamza ? view.form(i, .facilityHead) : nil
        if admin == nil, facility == nil, let head = view.form(i, .namedFacilityHead) {
            return namedFacility(view, head: head, at: i)
        }
        guard let head = admin ?? facility else { return nil }
        let first = i + 1
        guard !view.isHead(first) else { return nil }
        if facility != nil, let found = namedFacility(view, head: head, at: i) { return found }
        if let hit = view.place(at: first), hit.form.skip == 0, !hit.entry.isVariant {
            let last = facility != nil ? numbered(view, after: first + hit.words - 1) : first + hit.words - 1
            let start = admin != nil ? view.tokens[first].start : view.tokens[i].start + head.skip
            return (Candidate(type: .location, start: start, end: view.tokens[last].end,
                              priority: Candidate.Strength.placeHead), last + 1)
        }
        // `مدينة 6 أكتوبر`: a date after an administrative head names the place.
        if admin != nil, first + 1 < n, !view.breakAfter[first], OrganizationRule.isSmallNumber(view.tokens[first].normalized),
           view.word(first + 1, is: .month) {
            return (Candidate(type: .location, start: view.tokens[first].start, end: view.tokens[first + 1].end,
                              priority: Candidate.Strength.placeHead), first + 2)
        }
        guard view.isNameWord(first) || view.word(first, is: .surnameTitle),
              view.givenNameForm(first) == nil || facility != nil else { return nil }
        var k = first
        // `فندق سان جورج`: a transliterated Latin particle needs the word after it.
        if facility != nil, view.word(first, is: .latinNameParticle),
           first + 1 < n, !view.breakAfter[first], view.isNameWord(first + 1) {
            k = first + 1
            return (Candidate(type: .location, start: view.tokens[i].start + head.skip, end: view.tokens[numbered(view, after: k)].end,
                              priority: Candidate.Strength.facility), numbered(view, after: k) + 1)
        }
        // `منطقة الشيخ جراح`: definite words continue a definite name; a bare name stands alone.
        while k + 1 < n, k - first < 2, !view.breakAfter[k], view.isDefinite(first), view.isDefinite(k + 1),
              view.isNameWord(k + 1) { k += 1 }
        if facility != nil { k = numbered(view, after: k) }
        let start = admin != nil ? view.tokens[first].start : view.tokens[i].start + head.skip
        return (Candidate(type: .location, start: start, end: view.tokens[k].end,
                          priority: admin != nil ? Candidate.Strength.placeHead : Candidate.Strength.facility), k + 1)
    }

    /// A facility head at `i` followed by a full person name (`مطار رفيق الحريري`) or, for the
    /// heads that are also ordinary nouns, a gazetteer place (`محطة بوشهر`): one place through the
    /// name, a `لل` field complement with its adjectives, and a unit number.
    static func namedFacility(_ view: TextView, head: TextView.Form, at i: Int) -> (candidate: Candidate, next: Int)? {
        let n = view.tokens.count
        let first = i + 1
        guard first < n, !view.breakAfter[i] else { return nil }
        var k: Int
        if view.givenNameForm(first)?.skip == 0 || view.isParticle(first),
           let name = PersonRule.parseName(view, at: first, afterTitle: false) {
            k = name.last
        } else if head.classes.contains(.namedFacilityHead), let hit = view.place(at: first),
                  hit.form.skip == 0, !hit.entry.isVariant {
            k = first + hit.words - 1
        } else {
            return nil
        }
        // `مجمع … للطاقة الشمسية`: a field complement and the adjectives agreeing with it.
        if k + 1 < n, !view.breakAfter[k], OrganizationRule.complement(view, at: k + 1) == false {
            k += 1
            while k + 1 < n, !view.breakAfter[k], OrganizationRule.looksAdjectival(view, k + 1) { k += 1 }
        }
        k = numbered(view, after: k)
        return (Candidate(type: .location, start: view.tokens[i].start + head.skip, end: view.tokens[k].end,
                          priority: Candidate.Strength.facility), k + 1)
    }

    /// The last token of a facility name ending at `k`, with a unit number after it (`سجن … 2`).
    static func numbered(_ view: TextView, after k: Int) -> Int {
        guard k + 1 < view.tokens.count, !view.breakAfter[k], OrganizationRule.isSmallNumber(view.tokens[k + 1].normalized)
        else { return k }
        // Years are not unit numbers (isSmallNumber takes 1–999 only); a counted noun after the
        // number (`سجن … 3 سنوات`، `… 11 سبتمبر`) makes it a quantity or a date: only an end, a
        // punctuation mark, a function word or a place word (`قرب`) may follow.
        if k + 2 < view.tokens.count, !view.breakAfter[k + 1], !view.isFunctionWord(k + 2),
           !view.word(k + 2, is: .locativeCue) { return k }
        return k + 1
    }
}

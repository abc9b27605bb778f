/// Finds places: gazetteer names of countries, regions and cities (after any clitic:
/// `لدمشق` → `دمشق`), names after an administrative head (`مدينة حلب` → `حلب`) and
/// facilities with their head (`سجن طرة`, `جامع الزيتونة`).
enum LocationRule {
    /// The place candidates of `view`.
    static func candidates(in view: TextView) -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        while i < view.tokens.count {
            if let found = headed(view, at: i) ?? gazetteer(view, at: i) {
                result.append(found.candidate)
                i = found.next
            } else {
                i += 1
            }
        }
        return result
    }

    /// A gazetteer name at token `i`.
    static func gazetteer(_ view: TextView, at i: Int) -> (candidate: Candidate, next: Int)? {
        guard let hit = view.place(at: i), !view.isHead(i) else { return nil }
        if hit.words == 1 {
            // `بأنه`: a word that reads as a clitic and a function word is not a place.
            if view.forms[i].dropFirst().contains(where: { FunctionWords.contains($0.key) }) { return nil }
            // `الرئيس السوري`، `المصرف التجاري السوري`: a nationality adjective agreeing with the
            // definite noun before it describes that noun; it is not the country.
            if hit.form.skip == 0, view.isDefinite(i), view.isDemonym(i), i > 0, !view.breakAfter[i - 1],
               view.isDefinite(i - 1), !view.isFunctionWord(i - 1) { return nil }
        }
        if hit.entry.isVariant || hit.words == 1 && view.givenNameForm(i) != nil {
            let cued = hit.form.skip > 0
                || i > 0 && !view.breakAfter[i - 1] && LocationLexicon.locativeCues.contains(view.tokens[i - 1].normalized)
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
        let admin = view.form(i) { LocationLexicon.adminHeads.contains($0) }
        let facility = admin == nil ? view.form(i) { LocationLexicon.facilityHeads.contains($0) } : nil
        guard let head = admin ?? facility else { return nil }
        let first = i + 1
        guard !view.isHead(first) else { return nil }
        if let hit = view.place(at: first), hit.form.skip == 0, !hit.entry.isVariant {
            let last = first + hit.words - 1
            let start = admin != nil ? view.tokens[first].start : view.tokens[i].start + head.skip
            return (Candidate(type: .location, start: start, end: view.tokens[last].end,
                              priority: Candidate.Strength.placeHead), last + 1)
        }
        // `مدينة 6 أكتوبر`: a date after an administrative head names the place.
        if admin != nil, first + 1 < n, !view.breakAfter[first], OrganizationRule.isSmallNumber(view.tokens[first].normalized),
           FunctionWords.months.contains(view.tokens[first + 1].normalized) {
            return (Candidate(type: .location, start: view.tokens[first].start, end: view.tokens[first + 1].end,
                              priority: Candidate.Strength.placeHead), first + 2)
        }
        guard view.isNameWord(first) || PersonLexicon.surnameTitles.contains(view.tokens[first].normalized),
              view.givenNameForm(first) == nil || facility != nil else { return nil }
        var k = first
        // `منطقة الشيخ جراح`: definite words continue a definite name; a bare name stands alone.
        while k + 1 < n, k - first < 2, !view.breakAfter[k], view.isDefinite(first), view.isDefinite(k + 1),
              view.isNameWord(k + 1) { k += 1 }
        let start = admin != nil ? view.tokens[first].start : view.tokens[i].start + head.skip
        return (Candidate(type: .location, start: start, end: view.tokens[k].end,
                          priority: admin != nil ? Candidate.Strength.placeHead : Candidate.Strength.facility), k + 1)
    }
}

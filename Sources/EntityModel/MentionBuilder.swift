import ArabicText

/// Turns a tagged run of tokens into a mention under Marsad's conventions: punctuation trimmed,
/// an attached proclitic left out when the evidence says it is one (`لبنغازي` → `بنغازي`, but
/// `لبنان` stays whole), formulae and function words refused, a person's role from the rules.
enum MentionBuilder {
    static func mention(type: EntityType, tokens: ArraySlice<ModelToken>, scalars: [Unicode.Scalar],
                        weights: ModelWeights, rules: [EntityMention]) -> EntityMention? {
        var run = tokens
        while let first = run.first, first.isPunctuation { run.removeFirst() }
        while let last = run.last, last.isPunctuation { run.removeLast() }
        if type == .person { run = withoutLeadingTitle(withoutTrailingRole(run)) }
        run = beforeTanween(run)
        if type == .person { run = withoutLatinEdges(run) }
        guard let first = run.first, let last = run.last else { return nil }
        // After a particle of foreign names (`دي بروين`, De Bruyne) the word is a surname as written.
        let clitic = type == .person && followsNameParticle(first.start, scalars: scalars)
            ? (skip: 0, restoresArticle: false) : procliticSkip(of: first.text, weights: weights, type: type)
        let start = first.start + clitic.skip
        guard start < last.end else { return nil }
        let written = String(scalars: scalars[start..<last.end])
        let name = clitic.restoresArticle ? "ا" + written : written
        let key = ArabicNormalizer.normalize(name)
        if EntityEvidence.isNeverAnEntity(key) || key.hasPrefix("http") || key.hasPrefix("www") { return nil }
        if run.count == 1, EntityEvidence.hasClass(key, "function") { return nil }
        if key.unicodeScalars.count < 3 { return nil }
        let role = type == .person
            ? rules.first { $0.type == .person && $0.start < last.end && start < $0.end && $0.role != nil }?.role
            : nil
        return EntityMention(type: type, name: name, start: start, end: last.end, role: role)
    }

    /// Words that open a formula or a role after a person's name: the name stops before them
    /// (`سلمان بن عبدالعزيز آل سعود حفظه الله`, `محمد بن نايف ولي العهد`). Normalised.
    /// Source: Arabic news usage (honorific formulae after royals and clerics).
    static let formulaWords: Set<String> = ["حفظه", "يحفظه", "رعاه", "يرعاه", "رحمه", "يرحمه", "عليه", "رضي", "ولي"]

    /// `run` without a trailing formula or role (from the first such word after the first two).
    static func withoutTrailingRole(_ run: ArraySlice<ModelToken>) -> ArraySlice<ModelToken> {
        guard run.count >= 3 else { return run }
        for k in (run.startIndex + 2)..<run.endIndex {
            let key = ArabicNormalizer.normalize(run[k].text)
            let isTitle = EntityEvidence.hasClass(key, "title") && !EntityEvidence.isSurnameTitle(key)
            if formulaWords.contains(key) || isTitle { return run[..<k] }
        }
        return run
    }

    /// Titles written without the article, which the rules' title list (definite: `الدكتور`)
    /// does not hold. Normalised. Source: Arabic news usage (`دكتور عاطي بن عطية القرشي`).
    static let indefiniteTitles: Set<String> = ["دكتور", "دكتوره", "بروفيسور", "مهندس", "مهندسه"]

    /// A person's `run` without a title before the name (`دكتور`, or any word of the rules'
    /// titles that is not also a family name or a given name: `أمين الحسيني`), when a name remains.
    static func withoutLeadingTitle(_ run: ArraySlice<ModelToken>) -> ArraySlice<ModelToken> {
        var out = run
        while out.count > 1, let first = out.first {
            let key = ArabicNormalizer.normalize(first.text)
            guard indefiniteTitles.contains(key)
                    || EntityEvidence.hasClass(key, "title") && !EntityEvidence.isSurnameTitle(key) && !isKnownGivenName(key)
            else { break }
            out.removeFirst()
        }
        return out
    }

    /// `run` up to its first word that carries tanween (`عضوًا`, `دومًا`, `رسميًا`): an indefinite
    /// noun or an adverb, never part of a name.
    static func beforeTanween(_ run: ArraySlice<ModelToken>) -> ArraySlice<ModelToken> {
        guard let k = run.firstIndex(where: { $0.text.unicodeScalars.contains { (0x064B...0x064D).contains($0.value) } }) else {
            return run
        }
        return run[..<k]
    }

    /// A person's `run` without Latin-script words at its edges when the rest is Arabic script
    /// (`Previous أحمد حجازي`: a web page's link text before the name).
    static func withoutLatinEdges(_ run: ArraySlice<ModelToken>) -> ArraySlice<ModelToken> {
        func isLatin(_ token: ModelToken) -> Bool { token.text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic } }
        guard run.contains(where: { !isLatin($0) && !$0.isPunctuation }) else { return run }
        var out = run
        while let first = out.first, isLatin(first) { out.removeFirst() }
        while let last = out.last, isLatin(last) { out.removeLast() }
        return out
    }

    /// Particles of foreign names before a family name (`دي`, `فان`, `فون`: `كيفن دي بروين`,
    /// `فان دايك`), normalised. Source: European name particles as Arabic news writes them.
    static let nameParticles: Set<String> = ["دي", "دو", "دا", "فان", "فون", "ديل", "دل", "ديلا", "دوس"]

    /// Whether the word before scalar offset `start` is a particle of foreign names.
    static func followsNameParticle(_ start: Int, scalars: [Unicode.Scalar]) -> Bool {
        var end = start
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        guard end < start else { return false }
        var begin = end
        while begin > 0, ModelTokenizer.isWordPart(scalars[begin - 1]) { begin -= 1 }
        guard begin < end else { return false }
        return nameParticles.contains(ArabicNormalizer.normalize(String(scalars: scalars[begin..<end])))
    }

    /// How many raw scalars of the first word are an attached proclitic, and whether `لل` stands
    /// for `ل` + `ال`. A clitic is stripped when what remains starts with the article
    /// (`والعراق`, `بالرياض`), or is a known name (gazetteer, given names, names that began
    /// mentions in training) while the whole word is not. For a person (`type`), a place is no
    /// evidence: `بلاتر` (Blatter) is not `ب` + `لاتر` (Latur, India, in GeoNames).
    static func procliticSkip(of word: String, weights: ModelWeights, type: EntityType? = nil) -> (skip: Int, restoresArticle: Bool) {
        let readings = EntityEvidence.procliticReadings(of: word)
        guard !readings.isEmpty else { return (0, false) }
        let key = ArabicNormalizer.normalize(word)
        let forPerson = type == .person
        func isKnownName(_ key: String) -> Bool { forPerson ? isKnownPersonName(key) : MentionBuilder.isKnownName(key) }
        let wholeKnown = isKnownName(key)
        let wholeCount = weights.nameStartCount(key)
        let scalars = Array(word.unicodeScalars)
        // `لل` is `ل` + a name starting with `ل` when that name is known (`للويس` is "to Louis",
        // not `ل` + `الويس`).
        if scalars.count > 3, scalars[0] == "ل", scalars[1] == "ل", !wholeKnown,
           isKnownName(ArabicNormalizer.normalize(String(String.UnicodeScalarView(scalars.dropFirst())))) {
            return (1, false)
        }
        for r in readings where r.key.hasPrefix("ال") && r.key.count >= 5 && !wholeKnown {
            // `ك` ("like") before the article starts no name: `كاليفورنيا` is no `ك` + `اليفورنيا`.
            if r.skip > 0, r.skip <= scalars.count, scalars[r.skip - 1] == "ك" { continue }
            // A person's `ف` + article only before a name the lists know (`فالقذافي`): foreign
            // names start with `فال` (`فاليري` is no `ف` + `اليري`, `فالنسيا` no `ف` + `النسيا`).
            if forPerson, r.skip == 1, scalars[0] == "ف", !isKnownPersonName(r.key) { continue }
            return (r.skip, r.restoresArticle)
        }
        for r in readings where !r.key.hasPrefix("ال") {
            // Unless the word starts with `ف` and, whole, starts names in the training data far
            // more often than its rest does: `فرانس` (`فرانس برس`) is no `ف` + `رانس` (Reims),
            // `فولفغانغ` no `ف` + `ولفغانغ`. (`و` before a name is common; `ف` rarely is, while
            // transliterations start with it.)
            let wholeStartsNames = word.unicodeScalars.first == "ف" && wholeCount >= 2
                && wholeCount > 2 * weights.nameStartCount(r.key)
            if isKnownName(r.key) && !wholeKnown && !wholeStartsNames { return (r.skip, r.restoresArticle) }
            // `وقوات`، `ووزارة`: a conjunction before a head word of a name.
            if word.unicodeScalars.first == "و" || word.unicodeScalars.first == "ف", !wholeKnown, wholeCount == 0,
               EntityEvidence.hasClass(r.key, "orgHead", "title", "adminHead", "facilityHead", "particle") {
                return (r.skip, r.restoresArticle)
            }
            let count = weights.nameStartCount(r.key)
            if count >= 2 && count > 2 * wholeCount && !wholeKnown { return (r.skip, r.restoresArticle) }
        }
        return (0, false)
    }

    static func isKnownGivenName(_ key: String) -> Bool {
        EntityEvidence.hasClass(key, "given", "foreignGiven")
    }

    /// A given name or a word of a person's name (`WordList.personNameWords`): what a person's word is known by.
    static func isKnownPersonName(_ key: String) -> Bool {
        isKnownGivenName(key) || WordList.personNameWords.contains(FeatureHash.value(key))
    }

    static func isKnownName(_ key: String) -> Bool {
        EntityEvidence.hasClass(key, "given", "foreignGiven", "country", "city", "region")
    }

    /// The rules' government bodies (`وزارة الداخلية`, `هيئة الأمم`…) that no model mention
    /// overlaps, or only places inside them (`آسيا` in `القيادة العسكرية الأمريكية في آسيا`,
    /// which then go): Marsad names them as organisations (ANERcorp, the training data, does not).
    static func governmentBodies(_ rules: [EntityMention], besides mentions: [EntityMention]) -> [EntityMention] {
        var out = mentions
        for rule in rules where isGovernmentBody(rule) {
            let overlapping = out.filter { $0.start < rule.end && rule.start < $0.end }
            guard overlapping.allSatisfy({ $0.type == .location && rule.start < $0.start && $0.end <= rule.end }) else { continue }
            out.removeAll { $0.start < rule.end && rule.start < $0.end }
            out.append(rule)
        }
        return out
    }

    /// Heads of state bodies the rules' government heads leave out, in Marsad's model layer:
    /// a government or a command in construct (`حكومة الإنقاذ`, `قيادة القوات الأميركية`), and
    /// definite heads that a describing adjective names (`المجلس العسكري`, `القيادة العامة`,
    /// `القوات المسلحة السودانية`). Normalised. Source: Arabic news usage for state institutions.
    static let stateConstructHeads: Set<String> = ["حكومه", "قياده"]
    static let stateDefiniteHeads: Set<String> = ["القياده", "القوات", "المجلس"]

    /// Adjectives that name a state body after a definite head and are not relative adjectives.
    /// Normalised. Source: Arabic news usage (`القيادة العامة`, `القوات المسلحة`, `المجلس الأعلى`).
    static let stateAdjectives: Set<String> = ["العام", "العامه", "العليا", "الاعلي", "المسلحه", "الموحده", "المشتركه"]

    /// Whether the normalised definite word describes the head before it: a relative adjective
    /// (`العسكري`, `الرئاسي`, `الليبية`) or one of `stateAdjectives` — not a verbal noun that
    /// merely follows it (`على المجلس الموافقة`).
    static func isDescribingAdjective(_ key: String) -> Bool {
        key.hasSuffix("ي") || key.hasSuffix("يه") || stateAdjectives.contains(key)
    }

    /// Whether a rule mention is an organisation headed by a government head (`وزارة …`); with
    /// `stateHeads`, also by one of `stateConstructHeads` / `stateDefiniteHeads`.
    static func isGovernmentBody(_ rule: EntityMention, stateHeads: Bool = true) -> Bool {
        guard rule.type == .organization else { return false }
        let words = rule.name.split(separator: " ")
        guard words.count >= 2, let firstWord = words.first else { return false }
        let key = ArabicNormalizer.normalize(String(firstWord))
        // A state institution named by its nationality (`الجيش اللبناني`, `الشرطة التركية`).
        if words.count == 2, EntityEvidence.isNationalInstitution(key),
           EntityEvidence.hasClass(ArabicNormalizer.normalize(String(words[1])), "demonym") {
            return true
        }
        let second = ArabicNormalizer.normalize(String(words[1]))
        if stateHeads, stateConstructHeads.contains(key), second.hasPrefix("ال") { return true }
        if stateHeads, stateDefiniteHeads.contains(key), second.hasPrefix("ال"), isDescribingAdjective(second),
           !EntityEvidence.hasClass(second, "function") {
            // `القوات المسلحة` alone is any country's: its nationality names it (`… السودانية`).
            guard key == "القوات" else { return true }
            return EntityEvidence.hasClass(ArabicNormalizer.normalize(String(words[words.count - 1])), "demonym")
        }
        return EntityEvidence.isGovernmentHead(key)
            || EntityEvidence.procliticReadings(of: String(firstWord)).contains { EntityEvidence.isGovernmentHead($0.key) }
    }
}

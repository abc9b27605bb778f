import ArabicText

/// Places and institutions named after a titled person (`مطار الملك عبدالعزيز الدولي`,
/// `جامعة الملك سعود`, `كلية الملك عبدالعزيز الحربية`, `مستشفى الملك فيصل التخصصي`): the model
/// reads the person's name inside them and runs it into the next word (`عبدالعزيز الدولي`). Such a
/// mention becomes the facility or institution, from its head through the name and a following
/// adjective, and the person found inside is dropped. So does a place or an organisation the
/// model reads there instead (`الملك فيصل` an organisation, `فيصل` a place, in `بمستشفى الملك فيصل`).
enum NamedAfterPerson {
    /// Titles a facility is named with. Source: general knowledge of Gulf and Arab naming.
    static let titles: Set<String> = ["الملك", "الامير", "الاميره", "الشيخ", "السلطان", "الامام", "الملكه"]
    /// Heads of institutions (organisations) that the lexicons do not list as organisation heads.
    static let institutionHeads: Set<String> = ["كليه", "معهد", "اكاديميه", "مدرسه", "جائزه", "مكتبه", "مدينه", "كرسي", "برنامج", "مجمع"]
    /// Heads that also mean "the leadership of" before a person (`بقيادة السلطان قابوس`, "led
    /// by"): never a facility's head here. Normalised.
    static let leadershipNouns: Set<String> = ["قياده", "رئاسه", "اداره"]

    /// `mentions` with each person named after a titled person inside a facility replaced by
    /// the facility. `tokens` are the text's tokens, in order. `rulePersons`, the rules' persons,
    /// anchor a facility too where the model read nothing inside it (`بمستشفى الملك فيصل`: the
    /// model may see no name there at all, and the facility is still named).
    static func applying(to mentions: [EntityMention], tokens: [ModelToken], scalars: [Unicode.Scalar],
                         rulePersons: [EntityMention] = []) -> [EntityMention] {
        var out = mentions
        var replaced: [(index: Int, mention: EntityMention)] = []
        for (index, m) in mentions.enumerated() {
            if let facility = facility(around: m, tokens: tokens, scalars: scalars) { replaced.append((index, facility)) }
        }
        var added: [EntityMention] = []
        for p in rulePersons where p.type == .person {
            guard let facility = facility(around: p, tokens: tokens, scalars: scalars) else { continue }
            // Only where nothing found crosses the facility's edges (what lies inside gives way).
            let crosses = (mentions + added).contains {
                $0.start < facility.end && facility.start < $0.end && ($0.start < facility.start || $0.end > facility.end)
            }
            if !crosses, !replaced.contains(where: { $0.mention.start < facility.end && facility.start < $0.mention.end }) {
                added.append(facility)
            }
        }
        guard !replaced.isEmpty || !added.isEmpty else { return mentions }
        for r in replaced.reversed() { out.remove(at: r.index) }
        let facilities = replaced.map(\.mention) + added
        out.removeAll { m in facilities.contains { $0.start < m.end && m.start < $0.end } }
        return (out + facilities).sorted { $0.start < $1.start }
    }

    /// The facility or institution named after a titled person that `m` stands inside (see
    /// `applying`), or nil.
    static func facility(around m: EntityMention, tokens: [ModelToken], scalars: [Unicode.Scalar]) -> EntityMention? {
        guard var k = ModelToken.index(holding: m.start, in: tokens) else { return nil }
        // A mention of any type may start at the title itself (`الملك فيصل` an organisation
        // inside `مستشفى الملك فيصل`): the name then starts after it.
        var startsAtTitle = false
        if titles.contains(ArabicNormalizer.normalize(tokens[k].text)), k + 1 < tokens.count, tokens[k + 1].end <= m.end {
            k += 1
            startsAtTitle = true
        } else if k + 2 < tokens.count, tokens[k + 2].end <= m.end, titles.contains(ArabicNormalizer.normalize(tokens[k + 1].text)) {
            // The mention may start at the head itself and run on past the name
            // (`جامعة الملك فيصل بالأحساء`): the name then starts after the title.
            k += 2
        }
        guard k >= 2 else { return nil }
        let title = ArabicNormalizer.normalize(tokens[k - 1].text)
        guard titles.contains(title) else { return nil }
        let head = tokens[k - 2]
        // The head, whole or behind a proclitic (`بمستشفى`, `لجامعة`).
        let readings = [(key: ArabicNormalizer.normalize(head.text), skip: 0)]
            + EntityEvidence.procliticReadings(of: head.text).map { (key: $0.key, skip: $0.skip) }
        guard let (type, skip) = readings.lazy.compactMap({ r -> (EntityType, Int)? in
            if leadershipNouns.contains(r.key) { return nil }
            if EntityEvidence.hasClass(r.key, "facilityHead") { return (.location, r.skip) }
            if EntityEvidence.hasClass(r.key, "orgHead") || institutionHeads.contains(r.key) { return (.organization, r.skip) }
            return nil
        }).first else { return nil }
        // A place named with a title (`مدينة الشيخ زويد`) stays that place.
        if startsAtTitle, m.type == .location, type == .organization { return nil }
        // The name: the person's words up to the first word that is not part of a name.
        var last = k
        while last + 1 < tokens.count, tokens[last + 1].end <= m.end, isNamePart(tokens[last + 1].text) { last += 1 }
        if last + 1 < tokens.count, isAdjective(tokens[last + 1].text) { last += 1 }
        let start = head.start + skip, end = tokens[last].end
        let name = String(scalars: scalars[start..<end])
        return EntityMention(type: type, name: name, start: start, end: end)
    }

    /// Whether a word can continue a person's name: not a word with an attached preposition
    /// (`بجدة`, `للعلوم`) and not an adjective.
    static func isNamePart(_ word: String) -> Bool {
        let key = ArabicNormalizer.normalize(word)
        if key.hasPrefix("لل") || key.hasPrefix("بال") || key.hasPrefix("وال") { return false }
        if let first = key.unicodeScalars.first, first == "ب" || first == "ل",
           EntityEvidence.procliticKeys(ofNormalized: key).contains(where: { MentionBuilder.isKnownName($0) }) { return false }
        return !isAdjective(word)
    }

    /// A relative adjective with the article (`الدولي`, `الحربية`, `التخصصي`), not a place.
    static func isAdjective(_ word: String) -> Bool {
        let key = ArabicNormalizer.normalize(word)
        guard key.hasPrefix("ال"), key.hasSuffix("ي") || key.hasSuffix("يه"), key.unicodeScalars.count >= 5 else { return false }
        return !MentionBuilder.isKnownName(key)
    }
}

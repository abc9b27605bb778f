import ArabicText

/// One sense per text for a name's type: a person that the same text names more often, by the
/// same words, as an organisation or a place (`طيران ناس`), or a one-word person so named alone
/// (`فيفا` beside `الفيفا`), or that the rules know as a well-known organisation (`داعش`), or that
/// the text names after a head of a body's own name (`شركة زين`), takes that type; so does a
/// one-word place the rules know as a well-known body (`في داعش`). A name inside a longer one (`إدارة أوباما`) does not
/// count: that would make the president an organisation. A person of several words whose first
/// word the rules read as a place there, no given name, followed by a definite word (`حفر
/// الباطن`, `رأس الخيمة`), is that place; its last word alone is then no person either.
enum TypeConsistency {
    /// `scalars`: the text, to read a proclitic `ل` ("of") before a name (none: no such reading).
    static func applying(to mentions: [EntityMention], rules: [(mention: EntityMention, strength: Int)],
                         scalars: [Unicode.Scalar] = []) -> [EntityMention] {
        let placed = placesNamedLikePersons(mentions, rules: rules)
        return byVotes(placed, rules: rules, scalars: scalars)
    }

    /// `mentions` with the persons that are places (see the type's comment) retyped, and the
    /// lone persons that are those places' last words dropped.
    static func placesNamedLikePersons(_ mentions: [EntityMention], rules: [(mention: EntityMention, strength: Int)]) -> [EntityMention] {
        var lastWords: Set<String> = []
        var out = mentions.map { m -> EntityMention in
            guard m.type == .person else { return m }
            let words = m.name.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
            guard words.count >= 2, words[1].hasPrefix("ال"), !MentionBuilder.isKnownGivenName(words[0]),
                  rules.contains(where: { $0.mention.type == .location && $0.mention.start == m.start && $0.mention.end < m.end })
            else { return m }
            var place = m
            place.type = .location
            lastWords.insert(words[words.count - 1])
            return place
        }
        if !lastWords.isEmpty {
            out.removeAll { $0.type == .person && lastWords.contains(ArabicNormalizer.normalize($0.name)) }
        }
        return out
    }

    static func byVotes(_ mentions: [EntityMention], rules: [(mention: EntityMention, strength: Int)],
                        scalars: [Unicode.Scalar]) -> [EntityMention] {
        // Votes of each name's mentions in the text, by type.
        // One-word names by their normalised key; longer ones as written (cheaper, and a name
        // the text repeats is written the same way).
        var votes: [String: [EntityType: Int]] = [:]
        var longVotes: [UInt64: [EntityType: Int]] = [:]
        for m in mentions {
            if m.name.unicodeScalars.contains(" ") {
                longVotes[FeatureHash.value(m.name), default: [:]][m.type, default: 0] += 1
            } else {
                votes[ArabicNormalizer.normalize(m.name), default: [:]][m.type, default: 0] += 1
            }
        }
        func majority<Key: Hashable>(_ key: Key, in votes: [Key: [EntityType: Int]]) -> EntityType? {
            guard let v = votes[key] else { return nil }
            let persons = v[.person] ?? 0
            // Ties go to the organisation, then the place: never to the dictionary's order, which
            // changes from process to process (the same corpus typed a name differently per load).
            return v.filter { $0.key != .person && $0.value > persons }
                .max { ($0.value, $0.key == .organization ? 1 : 0) < ($1.value, $1.key == .organization ? 1 : 0) }?.key
        }
        let known = rules.filter { $0.strength >= EntityEvidence.RuleStrength.wellKnown && $0.mention.type != .person }
        // Bodies the text names after a head of their own name (`شركة زين`): that word alone is
        // the body too.
        var namedBodies = Set<String>()
        for m in mentions where m.type == .organization {
            let words = m.name.split(separator: " ")
            if words.count == 2, EntityEvidence.isNamingHead(ArabicNormalizer.normalize(String(words[0]))) {
                namedBodies.insert(ArabicNormalizer.normalize(String(words[1])))
            }
        }
        return mentions.map { m in
            if m.type == .location, let body = wellKnownBody(at: m, known: known) { return body }
            guard m.type == .person else { return m }
            var out = m
            // A name of several words: only the text's own majority (`طيران ناس`, the airline,
            // named once as a person after `الرئيس التنفيذي لـ`), and not where a title names a
            // person (`الجنرال سانتا آنا` beside the city) unless the name follows `ل` ("of") on
            // its word: then the title is the body's.
            if m.name.unicodeScalars.contains(" ") {
                let ofTitle = m.start > 0 && m.start <= scalars.count && scalars[m.start - 1] == "ل"
                if m.role == nil || ofTitle, let type = majority(FeatureHash.value(m.name), in: longVotes) { out.type = type }
                return out
            }
            if let rule = known.first(where: { $0.mention.start == m.start && $0.mention.end == m.end }) {
                out.type = rule.mention.type
                return out
            }
            let key = ArabicNormalizer.normalize(m.name)
            if namedBodies.contains(key) {
                out.type = .organization
                return out
            }
            if let type = majority(key, in: votes) ?? (votes[key]?[.person] ?? 0 <= 1 ? majority("ال" + key, in: votes) : nil) {
                out.type = type
            }
            return out
        }
    }

    /// A one-word place that the rules' list of well-known bodies names at the same span (`في
    /// داعش`, `في الكرملين`): that body. The model reads such a word after `في` as a place.
    static func wellKnownBody(at m: EntityMention, known: [(mention: EntityMention, strength: Int)]) -> EntityMention? {
        guard !m.name.unicodeScalars.contains(" "),
              known.contains(where: { $0.strength == EntityEvidence.RuleStrength.wellKnown && $0.mention.type == .organization
                  && $0.mention.start == m.start && $0.mention.end == m.end })
        else { return nil }
        var body = m
        body.type = .organization
        return body
    }
}

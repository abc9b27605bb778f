import ArabicText

/// A name the model ran into the next word (`المراغي يضيف`, "al-Maraghi adds"), where the rules'
/// name found by its recurrence in the text (`المراغي`) ends one word earlier and that word is a
/// common word of the language, no name, and the text does not give the longer name again: the
/// rules' boundary stands. The rules' recurrences are
/// otherwise not kept over the model's spans, which join a name's words better (`جيب بوش` was
/// `جيب` and `بوش`, `فاتن حمامة` was `فاتن` and `حمامة`): ten blocks 0.7635 → 0.7653 without them.
enum RunOnNames {
    /// Whether `rule`, a name the rules found again in the text, is a model mention of its type
    /// without one trailing common word.
    /// Words that end compound names (`نصر الله`, `نور الدين`), common words though they are. Normalised.
    static let nameEndings: Set<String> = ["الله", "الدين"]

    static func cuts(_ model: [EntityMention], at rule: (mention: EntityMention, strength: Int), tokens: [ModelToken],
                     rules: [EntityMention]) -> Bool {
        guard rule.strength == EntityEvidence.RuleStrength.propagated,
              let m = model.first(where: { $0.type == rule.mention.type && $0.start == rule.mention.start }),
              m.end > rule.mention.end,
              let i = ModelToken.index(holding: rule.mention.end - 1, in: tokens), i + 1 < tokens.count,
              tokens[i].end == rule.mention.end, tokens[i + 1].end == m.end else { return false }
        let next = tokens[i + 1]
        let key = ArabicNormalizer.normalize(next.text)
        // A name the text gives again whole (`فاتن حمامة`: `حمامة` is "dove") is no run-on.
        let whole = ArabicNormalizer.normalize(m.name)
        return !nameEndings.contains(key) && CommonWordNames.isCommonWordAlone(key)
            && !(model + rules).contains { $0.start != m.start && ArabicNormalizer.normalize($0.name) == whole }
    }
}

/// Two people side by side read as one (`يصف كروبر إيشي`, "Kroeber describes Ishi"): a person of
/// two words whose first is the family name of a fuller name in the text (`ألفرد كروبر`), no given
/// name (`ناصر القصبي` is one man though `ناصر` ends `جمال عبد الناصر`), and
/// whose second the text names alone, while the pair itself is never given again, is the two of
/// them. (`جيب بوش` stays whole: no fuller name in its text ends with `جيب`.)
enum AdjacentPersons {
    static func splitting(_ mentions: [EntityMention], scalars: [Unicode.Scalar]) -> [EntityMention] {
        let persons = mentions.filter { $0.type == .person }
        // Names as written (cheaper than normalising; a text repeats a name the same way).
        guard persons.count >= 3,
              persons.contains(where: { $0.role == nil && $0.name.unicodeScalars.filter { $0 == " " }.count == 1 })
        else { return mentions }
        // Fingerprints of the names as written (hashing an Arabic `String` normalises it first).
        var familyNames = Set<UInt64>(), alone = [UInt64: Int](), whole = [UInt64: Int]()
        for p in persons {
            whole[FeatureHash.value(p.name), default: 0] += 1
            let words = p.name.split(separator: " ")
            if words.count == 1 { alone[FeatureHash.value(p.name), default: 0] += 1 }
            if words.count >= 2, let last = words.last { familyNames.insert(FeatureHash.value(String(last))) }
        }
        var out: [EntityMention] = []
        out.reserveCapacity(mentions.count)
        for m in mentions {
            guard m.type == .person, m.role == nil else { out.append(m); continue }
            let words = m.name.split(separator: " ")
            guard words.count == 2, whole[FeatureHash.value(m.name)] == 1, familyNames.contains(FeatureHash.value(String(words[0]))),
                  case let first = ArabicNormalizer.normalize(String(words[0])),
                  !MentionBuilder.isKnownGivenName(first), !first.hasPrefix("عبد"), !first.hasPrefix("ابو"),
                  alone[FeatureHash.value(String(words[1]))] ?? 0 >= 2,
                  let space = (m.start..<m.end).first(where: { scalars[$0] == " " }) else { out.append(m); continue }
            var next = space
            while next < m.end, scalars[next] == " " { next += 1 }
            out.append(EntityMention(type: .person, name: String(scalars: scalars[m.start..<space]), start: m.start, end: space))
            out.append(EntityMention(type: .person, name: String(scalars: scalars[next..<m.end]), start: next, end: m.end))
        }
        return out
    }
}

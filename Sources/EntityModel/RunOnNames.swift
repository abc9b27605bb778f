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

import ArabicText

/// A rules' place or organisation that ends at a title (`مستشفى الملك` before `فهد بجدة`): the
/// rules stopped where they read a titled person starting, so the facility lost the name it is
/// named after, and every `مستشفى الملك …` of a corpus became one entity (32 mentions of
/// `مستشفى الملك` in SaudiNewsNet articles 28,001–31,030: hospitals named after four kings). Where
/// the model's mention of the same type starts with the rule's and runs past the title, the
/// model's span is kept.
enum TitleEndedNames {
    /// `rule`, or the model's mention that completes it.
    static func completed(_ rule: EntityMention, by model: [EntityMention], scalars: [Unicode.Scalar]) -> EntityMention {
        guard rule.type != .person,
              let last = OrganizationSpans.wordRanges(rule, scalars: scalars).last,
              EntityEvidence.hasClass(OrganizationSpans.key(of: last, scalars: scalars), "title"),
              let longer = model.first(where: { $0.type == rule.type && $0.start == rule.start && $0.end > rule.end })
        else { return rule }
        return longer
    }
}

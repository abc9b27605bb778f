/// Finds people, organisations and places in Arabic news text with rules that generalise:
/// gazetteers of countries and cities, titles and roles before names, heads that announce
/// organisations and places, quoted names and hashtags. Names are returned without titles or
/// attached clitics; a name found once is found again elsewhere in the same text (a surname alone,
/// a re-mention).
public struct EntityRecognizer: Sendable {
    /// A recogniser; its tables are shared and loaded once.
    public init() {}

    /// The entity mentions of `text`, in text order. Offsets count Unicode scalars, end exclusive.
    public func recognize(in text: String) -> [EntityMention] {
        let view = TextView(text)
        return selection(view)?.mentions(in: view) ?? []
    }

    /// The mentions of `text` with the strength of the rule behind each (a titled person or an
    /// organisation with its head is stronger than a bare gazetteer place or a re-mention).
    public func recognizeWithStrength(in text: String) -> [(mention: EntityMention, strength: Int)] {
        let view = TextView(text)
        return selection(view)?.mentionsWithStrength(in: view) ?? []
    }

    private func selection(_ view: TextView) -> MentionSelector? {
        guard !view.tokens.isEmpty else { return nil }
        var candidates = QuoteRule.candidates(in: view)
        candidates += OrganizationRule.candidates(in: view)
        candidates += PersonRule.candidates(in: view)
        candidates += LocationRule.candidates(in: view)
        var chosen = MentionSelector.select(candidates.filter { !$0.appositive }, scalarCount: view.scalars.count)
        chosen.addAppositives(candidates.filter(\.appositive), in: view)
        chosen.addPropagated(in: view)
        return chosen
    }
}

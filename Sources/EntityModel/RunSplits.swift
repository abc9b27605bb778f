import ArabicText

/// Where a tagged run must end before its last tag: the model sometimes carries a name on into
/// the next word when that word is a place behind a preposition (`الأمم المتحدة بنيويورك`,
/// "the UN in New York"). When the rules read a mention of another type that starts after a
/// proclitic inside such a word, the run stops there and the rules' mention stands.
struct RunSplits {
    private var byStart: [Int: EntityMention] = [:]

    init(rules: [EntityMention]) {
        for rule in rules where byStart[rule.start] == nil { byStart[rule.start] = rule }
    }

    /// The rules' mention of another type than `type` that starts after an attached proclitic
    /// of `token` (not at its first letter), if any.
    func otherMention(startingInside token: ModelToken, type: EntityType) -> EntityMention? {
        guard token.end - token.start >= 4 else { return nil }
        for offset in 1...2 {
            if let rule = byStart[token.start + offset], rule.type != type { return rule }
        }
        return nil
    }
}

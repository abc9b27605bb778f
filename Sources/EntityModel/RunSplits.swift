import ArabicText

/// Where an organisation's tagged run must end before its last word: the model sometimes
/// carries a name on into a place behind a preposition (`الأمم المتحدة بنيويورك`, "the UN in New York"). When the
/// rules read a gazetteer place after `ب` or `ل` in the run's last word, the run stops before
/// that word and the rules' place stands. Only the last word, a one-word place of the gazetteer,
/// after an organisation: elsewhere such a reading is more often a name's own letters
/// (`جوزيف بلاتر`, `بارك دي برانس`).
struct RunSplits {
    private var byStart: [Int: EntityMention] = [:]
    private static let placeClasses: Set<String> = ["country", "city", "region"]

    init(rules: [EntityMention]) {
        for rule in rules where rule.type == .location && byStart[rule.start] == nil { byStart[rule.start] = rule }
    }

    /// The rules' place inside `token` after an attached `ب` or `ل` (`بنيويورك`, `للرياض`), if any.
    func place(after token: ModelToken) -> EntityMention? {
        guard let first = token.text.unicodeScalars.first, first == "ب" || first == "ل",
              token.end - token.start >= 4 else { return nil }
        for offset in 1...2 {
            if let rule = byStart[token.start + offset], rule.end == token.end, rule.end - rule.start >= 4,
               EntityEvidence.classes(of: ArabicNormalizer.normalize(rule.name)).contains(where: { Self.placeClasses.contains($0) }) {
                return rule
            }
        }
        return nil
    }
}

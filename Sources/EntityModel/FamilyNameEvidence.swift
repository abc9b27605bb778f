import ArabicText

/// A rules' person the model passed over is kept when the text itself vouches for it: it is a
/// known given name followed by the family name of a fuller person the text names
/// (`شقيق علي العبيدي` beside `سالم العبيدي`). ANERcorp teaches the model that `علي` is mostly
/// the preposition `على` misspelt, so it misses such brothers and sons; the shared family name is
/// the evidence the word is a name here.
enum FamilyNameEvidence {
    static func applying(to mentions: [EntityMention], rules: [EntityMention]) -> [EntityMention] {
        var familyNames: Set<String> = []
        for m in mentions where m.type == .person {
            let words = keys(of: m.name)
            guard words.count >= 2, let last = words.last else { continue }
            familyNames.insert(last)
        }
        guard !familyNames.isEmpty else { return mentions }
        var out = mentions
        for rule in rules where rule.type == .person {
            let words = keys(of: rule.name)
            guard words.count == 2, let first = words.first, let last = words.last,
                  familyNames.contains(last),
                  MentionBuilder.isKnownGivenName(first),
                  !out.contains(where: { $0.start < rule.end && rule.start < $0.end }) else { continue }
            out.append(rule)
        }
        return out
    }

    private static func keys(of name: String) -> [String] {
        name.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
    }
}

import ArabicText

/// Person mentions that are not names of one person, dropped after decoding:
/// - a known given name alone (`محمد`, `إبراهيم`) that no fuller name of the same text contains:
///   across a corpus such mentions merge thousands of different people into one entity;
/// - a plural noun with the article (`الباحثون`, `المسؤولون`): a group, not a name.
enum PersonFilters {
    static func applying(to mentions: [EntityMention]) -> [EntityMention] {
        let fullNameWords = Set(mentions.filter { $0.type == .person }.flatMap { m -> [String] in
            let words = m.name.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
            return words.count >= 2 ? words : []
        })
        return mentions.filter { m in
            guard m.type == .person, !m.name.contains(" ") else { return true }
            let key = ArabicNormalizer.normalize(m.name)
            if key.hasPrefix("ال"), key.hasSuffix("ون"), key.unicodeScalars.count >= 6 { return false }
            if MentionBuilder.isKnownGivenName(key), !fullNameWords.contains(key) { return false }
            return true
        }
    }
}

import ArabicText

/// Person mentions that are not names of one person, dropped or tied to their name after decoding:
/// - a one-word name is a family name when a fuller name of the same text ends with it (`صالح`
///   after `علي عبد الله صالح`); else it is the person of the one fuller name that starts with it
///   (`سلمان` → `سلمان بن عبدالعزيز`: its name is then that name, so the corpus merges them);
///   else a known given name alone (`محمد`, `إبراهيم`) is dropped: across a corpus such mentions
///   merge thousands of different people into one;
/// - a plural noun with the article (`الباحثون`, `المسؤولون`): a group, not a name.
enum PersonFilters {
    static func applying(to mentions: [EntityMention]) -> [EntityMention] {
        var firstWords: [String: Set<String>] = [:]
        var lastWords: Set<String> = []
        for m in mentions where m.type == .person {
            let words = m.name.split(separator: " ").map { ArabicNormalizer.normalize(String($0)) }
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            firstWords[first, default: []].insert(m.name)
            lastWords.insert(last)
        }
        return mentions.compactMap { m in
            guard m.type == .person, !m.name.contains(" ") else { return m }
            let key = ArabicNormalizer.normalize(m.name)
            if key.hasPrefix("ال"), key.hasSuffix("ون"), key.unicodeScalars.count >= 6 { return nil }
            guard !lastWords.contains(key) else { return m }
            if let fuller = firstWords[key], fuller.count == 1, let name = fuller.first {
                var tied = m
                tied.name = name
                return tied
            }
            return MentionBuilder.isKnownGivenName(key) ? nil : m
        }
    }
}

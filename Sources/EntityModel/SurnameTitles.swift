import ArabicText

/// Titles that are also family names (`الإمام`, `الشيخ`, `الأمير`): once a text names someone with
/// one at least twice (`حسن الإمام`), the word is that person's family name there — alone it
/// refers to them, and it is not a title that makes the next word a name (`الإمام بالسجن`: the
/// model, trained on `الإمام الخميني`, reads `بالسجن` as a person).
enum SurnameTitles {
    /// The full names a text must give before its title word counts as a family name.
    static let minimumFullNames = 2

    /// The normalised title words that end at least `minimumFullNames` person names of two or
    /// more words, counted once a place, in the model's `mentions` or the `rules`' persons.
    static func familyNames(in mentions: [EntityMention], rules: [EntityMention]) -> Set<String> {
        var ends: [Int: String] = [:]
        for m in mentions + rules where m.type == .person {
            let words = m.name.split(separator: " ")
            guard words.count >= 2, let last = words.last else { continue }
            let key = ArabicNormalizer.normalize(String(last))
            if EntityEvidence.isSurnameTitle(key) { ends[m.end] = key }
        }
        var counts: [String: Int] = [:]
        for key in ends.values { counts[key, default: 0] += 1 }
        return Set(counts.filter { $0.value >= minimumFullNames }.keys)
    }

    /// A person mention that stops right before one of `familyNames` takes it in (`حسن` →
    /// `حسن الإمام`) when no other mention starts there.
    static func extendingToFamilyNames(_ familyNames: Set<String>, in mentions: [EntityMention],
                                       tokens: [ModelToken], scalars: [Unicode.Scalar]) -> [EntityMention] {
        guard !familyNames.isEmpty else { return mentions }
        let starts = Set(mentions.map(\.start))
        return mentions.map { m in
            guard m.type == .person,
                  let k = tokens.firstIndex(where: { $0.end == m.end }), k + 1 < tokens.count,
                  tokens[k + 1].start <= m.end + 1, !starts.contains(tokens[k + 1].start),
                  familyNames.contains(ArabicNormalizer.normalize(tokens[k + 1].text)) else { return m }
            var out = m
            out.end = tokens[k + 1].end
            out.name = String(String.UnicodeScalarView(scalars[m.start..<out.end]))
            return out
        }
    }

    /// `mentions` without the persons that start on the word right after one of `familyNames`,
    /// unless they open with a given name (`الإمام علي` is still a name after a title).
    static func droppingFollowers(of familyNames: Set<String>, in mentions: [EntityMention],
                                  tokens: [ModelToken]) -> [EntityMention] {
        guard !familyNames.isEmpty else { return mentions }
        return mentions.filter { m in
            guard m.type == .person,
                  let k = ModelToken.index(holding: m.start, in: tokens), k > 0,
                  familyNames.contains(ArabicNormalizer.normalize(tokens[k - 1].text)) else { return true }
            let first = m.name.split(separator: " ").first.map { ArabicNormalizer.normalize(String($0)) } ?? ""
            return MentionBuilder.isKnownGivenName(first)
        }
    }
}

import ArabicText

/// A body's management is the body: `إدارة نادي الاتحاد` ("the management of Al-Ittihad club")
/// names the club, as `إدارة شركة …` names the company, and so does its board: `مجلس إدارة
/// الاتحاد السعودي لكرة القدم` names the federation. An organisation starting with `إدارة` before
/// a head whose own name follows (`نادي`, `شركة`, `صحيفة`, `بنك`…: the rules' naming heads, with or
/// without the article: `إدارة النادي الأهلي`), or before a name the text names as a body on its own
/// (`إدارة النصر` where `النصر` is a body), starts at that name. `مجلس إدارة` ("the board of") starts
/// at what follows it, unless that is no name: a common word alone (`مجلس إدارة النادي`, "the
/// club's board"; `مجلس إدارة الجمعية`), an indefinite one first (`مجلس إدارة جديد`, "a new
/// board"), a word after `و`, or a pronoun (`مجلس إدارتها`); then it names nothing. A common word
/// the text names as a body on its own is that body (`مجلس إدارة الهلال`). `إدارة` before anything else stays (`إدارة الكوارث والطوارئ`, a body of its
/// own; `إدارة أوباما`).
enum ManagementHeads {
    static func trimming(_ mentions: [EntityMention]) -> [EntityMention] {
        let bodies = Set(mentions.filter { $0.type == .organization }.map { ArabicNormalizer.normalize($0.name) })
        return mentions.compactMap { m in
            guard m.type == .organization else { return m }
            let words = m.name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let keys = words.map(ArabicNormalizer.normalize)
            if keys.count >= 2, keys[0] == "مجلس", keys[1].hasPrefix("ادار") {
                guard keys[1] == "اداره", keys.count >= 3 else { return nil }
                let rest = Array(keys[2...])
                if bodies.contains(rest.joined(separator: " ")) { return starting(m, atWord: 2, of: words) }
                if rest.count >= 2, isHeadAlone(rest[0]) { return starting(m, atWord: 2, of: words) }
                if rest[0].hasPrefix("و"), isCommonNoun(String(rest[0].dropFirst())) { return nil }
                if isCommonNoun(rest[0]) && (rest.count == 1 || !rest[0].hasPrefix("ال")) { return nil }
                return starting(m, atWord: 2, of: words)
            }
            guard keys.count >= 2, keys[0] == "اداره" else { return m }
            let rest = Array(keys[1...])
            if rest.count >= 2, isHeadAlone(rest[0]) { return starting(m, atWord: 1, of: words) }
            if bodies.contains(rest.joined(separator: " ")) { return starting(m, atWord: 1, of: words) }
            return m
        }
    }

    /// Whether the normalised word is a common word of the language or a naming head, with or
    /// without the article (`جديد`, `الجمعيه`, `النادي`).
    static func isCommonNoun(_ key: String) -> Bool {
        func listed(_ word: String) -> Bool {
            WordList.commonWords.contains(FeatureHash.value(word)) && !MentionBuilder.isKnownName(word)
        }
        if isHeadAlone(key) || listed(key) { return true }
        guard key.hasPrefix("ال"), key.unicodeScalars.count > 4 else { return false }
        let bare = String(key.dropFirst(2))
        return listed(bare) || bare.hasSuffix("ه") && listed(String(bare.dropLast()))
    }

    /// Whether the normalised word is a naming head, with or without the article (`نادي`,
    /// `النادي`, `الشركه`).
    static func isHeadAlone(_ key: String) -> Bool {
        EntityEvidence.isNamingHead(key) || (key.hasPrefix("ال") && EntityEvidence.isNamingHead(String(key.dropFirst(2))))
    }

    /// `m` from its `k`-th word (`words` are its words, split at single spaces).
    static func starting(_ m: EntityMention, atWord k: Int, of words: [String]) -> EntityMention {
        let rest = words[k...].joined(separator: " ")
        var body = m
        body.start = m.end - rest.unicodeScalars.count
        body.name = rest
        return body
    }
}

import ArabicText

/// Given names alone (`EntityMention.isLocal`) that are also everyday words of news Arabic
/// (`WordList.everydayGivenNames`: `سعيد` "happy", `فريد` "unique", `وسام` "medal", `سلمي`
/// "peaceful", `جمال` "beauty"): a person only beside a cue that says a person is meant — a speech
/// verb or a title right before the name (`وقال سعيد`, `الشيخ فريد`), or a speech verb right after
/// it (`سعيد قال`). Without one they are the word, and are dropped as every lone given name was
/// before round 14. Other given names (`محمد`, `خالد`, `عمر`: the general dictionary lists these
/// too, as participles and nouns, but news uses them as names) need no cue.
enum LocalNames {
    static func applying(to mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        guard mentions.contains(where: \.isLocal) else { return mentions }
        return mentions.filter { m in
            guard m.isLocal, m.type == .person else { return true }
            let key = ArabicNormalizer.normalize(m.name)
            guard isEveryday(key) else { return true }
            return hasCue(around: m, tokens: tokens)
        }
    }

    /// Whether the normalised name (one word, or a compound given name: `باسم الدين`, "in the
    /// name of religion") is listed as an everyday word.
    static func isEveryday(_ key: String) -> Bool {
        WordList.everydayGivenNames.contains(FeatureHash.value(key))
    }

    /// Whether the word before `m` is a speech verb, a title or an honorific, or the word after
    /// it a speech verb (a leading `و`/`ف` read off either).
    static func hasCue(around m: EntityMention, tokens: [ModelToken]) -> Bool {
        // The token holding the name's first scalar (the name may start after a proclitic).
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= m.start { lo = mid + 1 } else { hi = mid }
        }
        let first = lo
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].start < m.end { last += 1 }
        if first > 0 {
            let before = withoutConjunction(ArabicNormalizer.normalize(tokens[first - 1].text))
            if speechVerbs.contains(before) || PersonFilters.isHonorific(before)
                || EntityEvidence.hasClass(before, "title") { return true }
        }
        if last + 1 < tokens.count {
            let after = withoutConjunction(ArabicNormalizer.normalize(tokens[last + 1].text))
            if speechVerbs.contains(after) { return true }
        }
        return false
    }

    /// `key` without a leading `و` or `ف` when three letters or more remain.
    static func withoutConjunction(_ key: String) -> String {
        guard let first = key.unicodeScalars.first, first == "و" || first == "ف", key.unicodeScalars.count >= 4 else { return key }
        return String(key.unicodeScalars.dropFirst())
    }

    /// Verbs that report what someone said, in the forms news writes before or after the speaker.
    /// Normalised. Source: Arabic news usage.
    static let speechVerbs: Set<String> = Set("""
        قال قالت يقول تقول أكد أكدت يؤكد تؤكد أضاف أضافت يضيف تضيف أوضح أوضحت يوضح توضح أشار أشارت يشير تشير
        ذكر ذكرت يذكر تذكر أعلن أعلنت صرح صرحت يصرح تصرح تابع تابعت كشف كشفت يكشف تكشف لفت لفتت علق علقت
        اعتبر اعتبرت يعتبر تعتبر رأى رأت يرى ترى أفاد أفادت يفيد تفيد بين بينت أردف أردفت شدد شددت
        """.split(whereSeparator: \.isWhitespace).map { ArabicNormalizer.normalize(String($0)) })
}

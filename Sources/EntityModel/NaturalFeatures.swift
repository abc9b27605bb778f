import ArabicText

/// A river, mountain, valley, lake, gulf, sea or desert the rules name with its head (`نهر
/// الفرات`, `جبال الأنديز`, `صحراء الربع الخالي`, `بحر مرمرة`) is kept where the model sees no
/// entity at all. ANERcorp tags such names rarely and then without the head (`النيجر` for `نهر
/// النيجر`), so the model learned to leave them out, and the rules' span, kept only where the
/// model saw a place too, was lost: the Wikipedia-style gold set missed every such name the
/// model did not know by its own word. Where the model sees an entity inside or over it, the
/// usual combination decides.
enum NaturalFeatures {
    /// Heads of natural features among the rules' facility heads (`LocationLexicon`). Normalised.
    static let heads: Set<String> = ["نهر", "جبل", "جبال", "وادي", "بحيره", "خليج", "بحر", "صحراء"]

    /// Whether `rule` is such a feature and the model sees nothing over any of its words. The head
    /// must be written as the noun: `وأدى` ("and it led to") normalises like `وادي` (a valley),
    /// read with `و` off. An indefinite word after the head must be a name, not a common word
    /// (`نهر صغير` "a small river", `بحيرة طبيعية` "a natural lake"), nor one after `ل` or `و`, nor
    /// a word with a pronoun suffix. (A definite word may be a common one: `بحر الشمال`, `جبل
    /// الرحمة`, `جبل الزيتون`; metaphors such as `نهر الحب` "a river of love" come with it.)
    static func isUnseenFeature(_ rule: (mention: EntityMention, strength: Int), model: [EntityMention]) -> Bool {
        guard rule.strength == EntityEvidence.RuleStrength.facility, rule.mention.type == .location else { return false }
        let words = rule.mention.name.split(separator: " ")
        guard words.count >= 2, let head = words.first,
              !head.unicodeScalars.contains(where: { $0 == "أ" || $0 == "إ" || $0 == "آ" }),
              heads.contains(ArabicNormalizer.normalize(String(head))) else { return false }
        let name = ArabicNormalizer.normalize(String(words[1]))
        if !name.hasPrefix("ال") {
            if isCommonWord(name) { return false }
            // `جبل لمشاهدة`, `جبال وسهول`: a preposition or `و` with a common word.
            if name.hasPrefix("ل") || name.hasPrefix("و"), isCommonWord(String(name.dropFirst())) { return false }
            // `صحراء تعتبرها`, `بحيرة مساحتها`: a verb or noun with an object or possessive pronoun.
            if name.unicodeScalars.count >= 5, name.hasSuffix("ها") || name.hasSuffix("هم") { return false }
        }
        return !model.contains { $0.start < rule.mention.end && rule.mention.start < $0.end }
    }

    /// Whether `word` (normalised) is a word of the general dictionary, or one with a feminine
    /// ending (`طبيعيه` → `طبيعي`, `قاحله` → `قاحل`): the dictionary lists words without their
    /// endings.
    static func isCommonWord(_ word: String) -> Bool {
        if WordList.commonWords.contains(FeatureHash.value(word)) { return true }
        guard word.hasSuffix("ه"), word.unicodeScalars.count >= 4 else { return false }
        return WordList.commonWords.contains(FeatureHash.value(String(word.dropLast())))
    }
}

import ArabicText

/// A sports body named for its sport (`الاتحاد الآسيوي لكرة القدم`, `الاتحاد الدولي للسباحة`)
/// ends with it unless the next word is its attribute, a feminine relative adjective (`لكرة القدم
/// النسائية`), or names whom it is for (`للسيدات`, `للناشئين`): news writes the body's object right
/// after it (`غرم الاتحاد الآسيوي لكرة القدم النادي`, "… fined the club"), and the model ran the
/// name into it.
enum SportBodies {
    /// Sports as a body's name ends with them, one or two words (normalised). Source: the names
    /// of Arab and international federations as Arabic news writes them.
    static let sports: Set<String> = [
        "لكره القدم", "لكره السله", "لكره اليد", "لكره الطائره", "للكره الطائره", "لكره الماء", "لالعاب القوي",
        "لكره المضرب", "للسباحه", "للتنس", "للملاكمه", "للجودو", "للفروسيه", "للرمايه", "للدراجات", "للسيارات",
        "للجولف", "للمصارعه", "للكاراتيه", "للتايكوندو", "للرياضات", "للكريكيت", "للهوكي", "للرجبي", "للجمباز",
    ]

    static func trimming(_ mentions: [EntityMention]) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .organization else { return m }
            let words = m.name.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 3 else { return m }
            let keys = words.map { ArabicNormalizer.normalize(String($0)) }
            // The last word of the first sport named, if a word follows it.
            guard let end = (1..<(keys.count - 1)).first(where: { k in
                sports.contains(keys[k]) || sports.contains(keys[k - 1] + " " + keys[k])
            }) else { return m }
            let next = keys[end + 1]
            // The sports are feminine or plural: their attribute ends in `ية` (`الشاطئية`); a word
            // in `ي` after them is a noun (`النادي`).
            if next.hasSuffix("يه") || next.hasPrefix("ل") { return m }
            var body = m
            let written = m.name.unicodeScalars
            let stop = words[end].unicodeScalars.endIndex
            body.name = String(written[written.startIndex..<stop])
            body.end = m.start + written.distance(from: written.startIndex, to: stop)
            return body
        }
    }
}

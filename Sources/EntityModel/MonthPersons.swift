import ArabicText

/// A person made only of month names is a date: `خلال شهري رجب وشعبان` ("during the months of
/// Rajab and Sha'ban") was the person `رجب وشعبان` in SaudiNewsNet (and, once `ConjoinedPersons`
/// cut it, the persons `رجب` and `شعبان`). Such a mention is dropped when a word for "month"
/// stands right before it, or when it joins two or more months with `و`. `رجب طيب أردوغان`, whose
/// other words are no months, stays. The months are the date tagger's (`MonthNames`).
enum MonthPersons {
    /// Words for "month", "the two months", "months" (normalised).
    static let monthWords: Set<String> = ["شهر", "الشهر", "شهري", "شهرى", "الشهرين", "شهرين", "اشهر", "شهور", "الاشهر", "الشهور"]

    static func removing(from mentions: [EntityMention], tokens: [ModelToken]) -> [EntityMention] {
        mentions.filter { m in
            guard m.type == .person else { return true }
            let words = m.name.split(separator: " ").map(String.init)
            var months = 0
            for (k, w) in words.enumerated() {
                let word = k > 0 && w.hasPrefix("و") && !MonthNames.isMonth(w) ? String(w.dropFirst()) : w
                guard MonthNames.isMonth(word) else { return true }
                months += 1
            }
            if months >= 2 { return false }
            guard let before = tokens.last(where: { $0.end <= m.start }) else { return true }
            return !monthWords.contains(ArabicNormalizer.normalize(before.text))
        }
    }
}

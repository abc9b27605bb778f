/// The Hijri month names with the spellings of Saudi and Gulf news (محرم or المحرم, ربيع الآخر
/// or ربيع الثاني, جمادى الآخرة or جمادى الثانية, ذو/ذي القعدة), keyed by normalised form, and
/// the words that mark a Hijri year. Source: the Umm al-Qura calendar's month names as the Saudi
/// Press Agency and the Saudi dailies write them, with their common variants.
extension DateLexicon {
    private static func hijriTable(_ entries: [(String, Int)]) -> [WordKey: Int] {
        var out: [WordKey: Int] = [:]
        for (word, value) in entries { out[WordKey(written: word)] = value }
        return out
    }

    /// One-word Hijri months.
    static let hijriMonths: [WordKey: Int] = hijriTable([
        ("محرم", 1), ("المحرم", 1), ("محرّم", 1), ("صفر", 2), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    ])

    /// One-word Hijri months that are also common words (صفر "zero"): a date only with شهر, a
    /// day or a year.
    static let ambiguousHijriMonths: Set<WordKey> = [WordKey(written: "صفر")]

    /// Two-word Hijri months: the first word with its second words.
    static let twoWordHijriMonths: [WordKey: [WordKey: Int]] = {
        let rabi = hijriTable([("الأول", 3), ("أول", 3), ("الثاني", 4), ("ثاني", 4), ("الآخر", 4), ("آخر", 4)])
        let jumada = hijriTable([("الأولى", 5), ("الأول", 5), ("أولى", 5), ("الثانية", 6), ("الثاني", 6),
                                 ("الآخرة", 6), ("الآخر", 6), ("آخرة", 6)])
        let dhu = hijriTable([("القعدة", 11), ("الحجة", 12)])
        var out: [WordKey: [WordKey: Int]] = [:]
        for w in ["ربيع"] { out[WordKey(written: w)] = rabi }
        for w in ["جمادى", "جماد", "جمادي"] { out[WordKey(written: w)] = jumada }
        for w in ["ذو", "ذي", "ذى", "ذا"] { out[WordKey(written: w)] = dhu }
        return out
    }()


    /// ل written apart after الموافق (الموافق لـ 10 يوليو).
    static let toPreposition = WordKey(written: "ل")
}

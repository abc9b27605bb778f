/// The Arabic words the date tagger knows, as named tables keyed by their normalised form
/// (`ArabicNormalizer.normalize`: hamza on alef, alef maqsura, taa marbuta and diacritics folded).
///
/// Sources: the standard month-name systems of Arabic news writing — the transliterated
/// Gregorian names of Egypt and the Gulf, the Syriac names of the Levant and Iraq, the
/// French-derived names of Algeria and Tunisia and the Moroccan ones — and general Arabic
/// grammar for weekdays, ordinals, cardinals, decades and relative-time words.
enum DateLexicon {
    /// Builds a lookup from written forms to a value, keyed by normalised form.
    private static func table(_ entries: [(String, Int)]) -> [WordKey: Int] {
        var out: [WordKey: Int] = [:]
        for (word, value) in entries { out[WordKey(written: word)] = value }
        return out
    }

    private static func set(_ words: [String]) -> Set<WordKey> {
        Set(words.map { WordKey(written: $0) })
    }

    /// One-word month names that are unambiguous in news text.
    static let months: [WordKey: Int] = table([
        // Gregorian, transliterated (Egypt, Gulf, Libya).
        ("يناير", 1), ("فبراير", 2), ("أبريل", 4), ("إبريل", 4), ("ابريل", 4), ("مايو", 5),
        ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("آغسطس", 8),
        ("سبتمبر", 9), ("أكتوبر", 10), ("أوكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        // Syriac (Levant, Iraq).
        ("حزيران", 6), ("أيلول", 9),
        // French-derived (Algeria, Tunisia).
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("جويلية", 7),
        // Moroccan.
        ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
    ])

    /// One-word month names that are also ordinary words or names (مارس "practised", آب
    /// "father", ماي, أوت, شباط and نيسان as names, تموز, أيار, جوان): dates only in date context.
    static let ambiguousMonths: [WordKey: Int] = table([
        ("مارس", 3), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("تموز", 7), ("آب", 8),
        ("ماي", 5), ("جوان", 6), ("أوت", 8),
    ])

    /// Two-word Syriac month names: the first word with its second words.
    static let twoWordMonths: [WordKey: [WordKey: Int]] = [
        WordKey(written: "تشرين"): table([("الأول", 10), ("أول", 10), ("الثاني", 11), ("ثاني", 11)]),
        WordKey(written: "كانون"): table([("الأول", 12), ("أول", 12), ("الثاني", 1), ("ثاني", 1)]),
    ]

    /// Weekdays, Sunday = 0 (the Gregorian week as `CivilDate.weekday` counts it).
    static let weekdays: [WordKey: Int] = table([
        ("الأحد", 0), ("الاثنين", 1), ("الإثنين", 1), ("الثلاثاء", 2), ("الأربعاء", 3),
        ("الخميس", 4), ("الجمعة", 5), ("السبت", 6),
    ])

    /// Words before a weekday that make it something else (صلاة الجمعة is a prayer; بين الاثنين "between the two").
    static let weekdayBlockers: Set<WordKey> = set([
        "صلاة", "صلاه", "خطبة", "خطيب", "خطب", "لخطب", "وخطب", "خطباء", "جمعة", "بين", "كلا", "كلتا", "هذين", "ليلة القدر",
    ])

    /// Ordinal day words, masculine and feminine, first word → value; `ordinalTens` completes
    /// 21–31 (الحادي والعشرين) and `ordinalTeen` 11–19 (الحادي عشر).
    static let ordinalUnits: [WordKey: Int] = table([
        ("الأول", 1), ("الأولى", 1), ("الحادي", 1), ("الحادية", 1), ("الثاني", 2), ("الثانية", 2),
        ("الثالث", 3), ("الثالثة", 3), ("الرابع", 4), ("الرابعة", 4), ("الخامس", 5), ("الخامسة", 5),
        ("السادس", 6), ("السادسة", 6), ("السابع", 7), ("السابعة", 7), ("الثامن", 8), ("الثامنة", 8),
        ("التاسع", 9), ("التاسعة", 9), ("العاشر", 10), ("العاشرة", 10),
    ])

    /// Ordinal words that are a day only with عشر or a ten after them (الحادي عشر، الحادية والعشرين).
    static let compoundOnlyOrdinals: Set<WordKey> = set(["الحادي", "الحادية"])

    /// Libyan usage for "the first" of a month (الفاتح من سبتمبر).
    static let libyanFirst = WordKey(written: "الفاتح")

    /// The tens of ordinal days, standing alone (العشرين) or joined with و (والعشرين).
    static let ordinalTens: [WordKey: Int] = table([
        ("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30),
    ])

    /// The second word of 11–19 (الحادي عشر، الثالثة عشرة).
    static let ordinalTeen: Set<WordKey> = set(["عشر", "عشرة"])

    /// Cardinal number words for "N units ago"; duals are in `unitWords`.
    static let cardinals: [WordKey: Int] = table([
        ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5),
        ("ست", 6), ("ستة", 6), ("سبع", 7), ("سبعة", 7), ("ثماني", 8), ("ثمانية", 8), ("ثمان", 8),
        ("تسع", 9), ("تسعة", 9), ("عشر", 10), ("عشرة", 10),
    ])

    /// A unit of time after قبل: its calendar unit and how many units the word itself says
    /// (1 for the singular, 2 for the dual, 0 for a plural that needs a number).
    static let unitWords: [WordKey: (unit: CalendarUnit, count: Int)] = {
        let rows: [(String, CalendarUnit, Int)] = [
            ("يوم", .day, 1), ("يومين", .day, 2), ("يومان", .day, 2), ("أيام", .day, 0), ("يوما", .day, 0),
            ("أسبوع", .week, 1), ("أسبوعين", .week, 2), ("أسبوعان", .week, 2), ("أسابيع", .week, 0), ("أسبوعا", .week, 0),
            ("شهر", .month, 1), ("شهرين", .month, 2), ("شهران", .month, 2), ("أشهر", .month, 0), ("شهور", .month, 0), ("شهرا", .month, 0),
            ("عام", .year, 1), ("عامين", .year, 2), ("عامان", .year, 2), ("أعوام", .year, 0), ("عاما", .year, 0),
            ("سنة", .year, 1), ("سنتين", .year, 2), ("سنتان", .year, 2), ("سنوات", .year, 0), ("سنين", .year, 0), ("سنة", .year, 0),
        ]
        var out: [WordKey: (unit: CalendarUnit, count: Int)] = [:]
        for (w, u, c) in rows where out[WordKey(written: w)] == nil { out[WordKey(written: w)] = (u, c) }
        return out
    }()

    /// Decade stems (تسعين in تسعينيات/التسعينات) → the decade's digit.
    static let decadeStems: [WordKey: Int] = table([
        ("عشرين", 2), ("ثلاثين", 3), ("أربعين", 4), ("خمسين", 5), ("ستين", 6), ("سبعين", 7),
        ("ثمانين", 8), ("تسعين", 9),
    ])

    /// Words after القرن that name a century, → its first year's hundreds (العشرين → 19).
    static let centuryWords: [WordKey: Int] = table([
        ("العشرين", 19), ("العشرون", 19), ("20", 19), ("ال20", 19), ("التاسع", 18), ("19", 18), ("ال19", 18),
        ("الحادي", 20), ("21", 20), ("ال21", 20), ("الحالي", 20), ("الجاري", 20),
    ])
}

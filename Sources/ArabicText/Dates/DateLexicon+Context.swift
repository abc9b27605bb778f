/// Context words: what makes a number a year, what makes a date a name, and the relative words.
/// Source: general Arabic news usage (prepositions of time, naming heads of revolutions, brigades
/// and streets, units of counting and measure).
extension DateLexicon {
    private static func words(_ list: [String]) -> Set<WordKey> {
        Set(list.map { WordKey(written: $0) })
    }

    /// Words that introduce a year (without the word itself being part of the expression):
    /// في 2014، منذ 2011، حتى 2019، خلال 2016، بحلول 2030.
    static let yearPrepositions: Set<WordKey> = words([
        "في", "وفي", "فى", "وفى", "منذ", "ومنذ", "حتى", "وحتى", "خلال", "وخلال", "بحلول", "وبحلول",
        "قبل", "وقبل", "بعد", "وبعد", "إلى", "الى", "وإلى", "طيلة", "طوال",
    ])

    /// Nouns that are part of a year expression: عام 2016، سنة 2007، العام 2019، عامي 2011 و2012.
    static let yearNouns: Set<WordKey> = words([
        "عام", "العام", "سنة", "السنة", "عامي", "سنتي", "وعام", "والعام", "لعام", "للعام", "بعام",
        "بالعام", "وسنة", "والسنة", "لسنة", "للسنة", "بسنة", "بالسنة", "فعام",
    ])

    /// Nouns of events named by their year (انتخابات 2014، حرب 1967): the year is a date.
    static let yearEventHeads: Set<WordKey> = words([
        "انتخابات", "الانتخابات", "حرب", "أحداث", "موازنة", "ميزانية", "موسم", "مونديال",
    ])

    /// Words that can precede a date and belong to it: a part of a period or of a day.
    static let periodModifiers: Set<WordKey> = words([
        "مطلع", "ومطلع", "منتصف", "ومنتصف", "أواخر", "وأواخر", "أوائل", "وأوائل", "بداية", "وبداية",
        "نهاية", "ونهاية", "أواسط", "مستهل", "ختام", "مساء", "صباح", "ليلة", "فجر", "ظهيرة",
        "عصر", "صبيحة", "ومساء", "وصباح", "يوم", "ويوم", "ليل", "صيف", "شتاء", "ربيع", "خريف",
    ])

    /// Heads that turn a following day+month (or month) into a name: كتيبة 17 فبراير، ثورة 25 يناير.
    static let namingHeads: Set<WordKey> = words([
        "كتيبة", "الكتيبة", "لكتيبة", "بكتيبة", "ثورة", "الثورة", "لثورة", "وثورة", "بثورة",
        "حركة", "الحركة", "لحركة", "ساحة", "الساحة", "بساحة", "شارع", "الشارع", "بشارع",
        "ميدان", "الميدان", "بميدان", "جسر", "الجسر", "حراك", "الحراك", "انتفاضة", "الانتفاضة",
        "لواء", "اللواء", "سرية", "سرايا", "ثوار", "شهداء", "جبهة", "تنسيقية", "ائتلاف", "تحالف",
        "مدينة", "حي", "منطقة", "مستشفى", "مدرسة", "جامعة", "مطار", "ملعب", "قاعدة", "مجموعة",
        "تيار", "مجلس", "جمعية", "نادي", "قناة", "صحيفة", "اتفاق", "بلدة", "قرية", "مخيم", "محطة", "نفق",
    ])

    /// Proclitics a naming head may carry (بمدينة، وشارع، لحركة، فساحة، كجامعة).
    static let headProclitics: Set<Unicode.Scalar> = ["\u{0648}", "\u{0628}", "\u{0644}", "\u{0641}", "\u{0643}"]

    /// Opening quotation marks and their closing ones, around a quoted name.
    static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = ["\u{00AB}": "\u{00BB}", "\u{201C}": "\u{201D}", "\"": "\"", "\u{201D}": "\u{201D}"]

    /// Words after a number that make it a count or a measure, not a year: 2000 شخص، 1500 كلم.
    static let countNouns: Set<WordKey> = words([
        "شخص", "أشخاص", "شخصا", "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مسلح", "مسلحا",
        "قتيل", "قتيلا", "جريح", "جريحا", "جندي", "جنديا", "لاجئ", "لاجئا", "مهاجر", "مهاجرا",
        "منزل", "منزلا", "عائلة", "أسرة", "طالب", "طالبا", "موظف", "موظفا", "حالة", "إصابة",
        "دولار", "دولارا", "دينار", "دينارا", "يورو", "جنيه", "درهم", "ريال", "طن", "طنا",
        "برميل", "كلم", "كم", "كيلومتر", "كيلومترا", "متر", "مترا", "ميل", "هكتار", "ألف", "مليون",
        "مليار", "بالمئة", "بالمائة", "%", "عام", "عاما", "سنة", "سنوات", "شهر", "أشهر", "يوم", "يوما",
        "ساعة", "دقيقة", "صاروخ", "صاروخا", "غارة", "سيارة", "مركبة", "طائرة", "سجين", "سجينا", "معتقل",
    ])

    /// Words before a number that make it a label, not a year: القرار 2259، رقم 2014.
    static let labelHeads: Set<WordKey> = words([
        "رقم", "الرقم", "القرار", "قرار", "المادة", "مادة", "البند", "بند", "القانون", "قانون",
        "الرحلة", "رحلة", "صفحة", "ص", "العدد", "عدد",
    ])

    /// Markers of a Hijri year (1440 هـ، 1440 للهجرة): never read as Gregorian.
    static let hijriMarkers: Set<WordKey> = words(["هـ", "ه", "للهجرة", "هجري", "هجرية", "الهجري", "الهجرية"])

    /// Markers of a Gregorian year, part of the expression (2019 م، 2019 ميلادي).
    static let gregorianMarkers: Set<WordKey> = words(["م", "ميلادي", "ميلادية", "للميلاد"])

    /// "Last": الماضي and its synonyms, masculine and feminine.
    static let pastWords: Set<WordKey> = words([
        "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي",
    ])

    /// "Next": المقبل and its synonyms.
    static let nextWords: Set<WordKey> = words(["المقبل", "المقبلة", "القادم", "القادمة"])

    /// "Current": الجاري and its synonyms.
    static let currentWords: Set<WordKey> = words(["الجاري", "الجارية", "الحالي", "الحالية"])

    /// "This" before a period noun: هذا العام، هذه السنة.
    static let thisWords: Set<WordKey> = words(["هذا", "هذه"])

    /// Period nouns with their calendar unit: العام الماضي، الشهر المقبل، الأسبوع الجاري.
    static let periodNouns: [WordKey: CalendarUnit] = {
        var out: [WordKey: CalendarUnit] = [:]
        for w in ["العام", "السنة", "والعام", "والسنة"] { out[WordKey(written: w)] = .year }
        for w in ["الشهر", "والشهر"] { out[WordKey(written: w)] = .month }
        for w in ["الأسبوع", "والأسبوع"] { out[WordKey(written: w)] = .week }
        return out
    }()

    /// Deictic day words → offset in days from the anchor.
    static let deicticDays: [WordKey: Int] = {
        var out: [WordKey: Int] = [:]
        for (w, d) in [("اليوم", 0), ("واليوم", 0), ("أمس", -1), ("وأمس", -1), ("الأمس", -1), ("بالأمس", -1),
                       ("البارحة", -1), ("غدا", 1), ("وغدا", 1), ("غد", 1), ("الغد", 1)] {
            out[WordKey(written: w)] = d
        }
        return out
    }()

    /// Words before اليوم that make it some other day (ذلك اليوم، نفس اليوم).
    static let todayBlockers: Set<WordKey> = words(["ذلك", "ذات", "نفس", "هذا", "طوال", "طيلة", "مدار", "حتى"])

    /// Words before اليوم that make it a newspaper's name (عين اليوم، صحيفة اليوم) or "nowadays"
    /// (عالم اليوم، شباب اليوم): no date at all.
    static let todayNameHeads: Set<WordKey> = words([
        "عين", "صحيفة", "لصحيفة", "بصحيفة", "وصحيفة", "جريدة", "لجريدة", "بجريدة", "وجريدة", "موقع", "لموقع",
        "مجلة", "لمجلة", "قناة", "لقناة", "عالم", "شباب", "جيل", "أطفال", "واقع", "مجتمع", "إنسان", "امرأة", "مرأة",
        "عرب", "مسلمي", "اقتصاد", "سياسة", "إعلام",
    ])

    /// Words after اليوم that make it a name or another day (اليوم العالمي، اليوم التالي، اليوم السابع).
    static let todayFollowBlockers: Set<WordKey> = words([
        "العالمي", "الوطني", "الدولي", "التالي", "الأول", "الثاني", "الثالث", "الرابع", "الخامس",
        "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخير", "نفسه", "ذاته",
    ])

    /// The preposition and noun that may sit between a day and its month: 26 من شهر سبتمبر.
    static let of = WordKey(written: "من")
    static let monthNoun: Set<WordKey> = words(["شهر", "الشهر", "وشهر", "شهري"])
    /// Hedges between قبل and its count: قبل نحو 8 أعوام.
    static let approximators: Set<WordKey> = words(["نحو", "حوالي", "قرابة", "زهاء", "قرابه"])
    static let centuryNoun = WordKey(written: "القرن")
    static let ago: Set<WordKey> = words(["قبل", "وقبل"])
    static let decadeNoun: Set<WordKey> = words(["عقد", "العقد"])
    static let ageWords: Set<WordKey> = words(["عمره", "عمرها", "العمر", "عمر", "عمرهم"])
    static let first = WordKey(written: "أول")
    /// غد and الغد: "tomorrow" only after يوم or before a weekday.
    static let tomorrowNouns: Set<WordKey> = words(["غد", "الغد"])
    static let dayNoun = WordKey(written: "يوم")
    static let inPreposition = WordKey(written: "في")
    /// Counts before في اليوم that make it "per day" (مرات في اليوم، ساعات في اليوم).
    static let perDayCounts: Set<WordKey> = words([
        "مرة", "مرات", "مرتين", "مرتان", "ساعة", "ساعات", "ساعتين", "وجبة", "وجبات", "دقيقة", "دقائق", "لتر", "لترات",
        "رحلة", "رحلات", "كوب", "أكواب", "حبة", "جرعة", "جرعات", "برميل",
    ])

    /// Every word a date expression can start with (numbers and decade words aside), with and
    /// without an attached و: the tokeniser-level prefilter of `DateTokenStream.mayStart`.
    static let startWords: Set<WordKey> = {
        var out = Set(months.keys).union(ambiguousMonths.keys).union(twoWordMonths.keys)
        out.formUnion(weekdays.keys)
        out.formUnion(deicticDays.keys)
        out.formUnion(periodModifiers)
        out.formUnion(monthNoun)
        out.formUnion(ordinalUnits.keys)
        out.formUnion(ordinalTens.keys)
        out.formUnion(yearNouns)
        out.formUnion(thisWords)
        out.formUnion(periodNouns.keys)
        out.formUnion(decadeNoun)
        out.formUnion(ago)
        out.formUnion(hijriMonths.keys)
        out.formUnion(twoWordHijriMonths.keys)
        out.insert(first)
        out.insert(libyanFirst)
        return out.union(out.map { WordKey("\u{0648}" + $0.text) })
    }()

    /// Words that may carry an attached و/ف left out of the expression (وعام 2011 → عام 2011).
    static let conjoinable: Set<WordKey> = {
        var out = Set(months.keys).union(weekdays.keys).union(periodModifiers).union(periodNouns.keys)
        out.formUnion(yearNouns)
        out.formUnion(deicticDays.keys)
        out.formUnion(words(["قبل", "شهر", "هذا", "هذه", "عقد", "يومي"]))
        return out
    }()
    static let between = WordKey(written: "بين")
    static let firstDefinite = WordKey(written: "الأول")
    static let now: Set<WordKey> = words(["الآن", "الان"])
    /// Words after الاثنين that make it "the two" (الاثنين معا).
    static let twoOf: Set<WordKey> = words(["معا", "معاً", "منهما", "منهم"])
    static let equivalent: Set<WordKey> = words(["الموافق", "الموافقة"])
    /// The far end of a year range: من 2011 إلى 2014.
    static let rangeEnds: Set<WordKey> = words(["إلى", "الى", "حتى", "وحتى"])
}

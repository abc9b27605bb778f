import Testing
@testable import ArabicText

/// Places: gazetteer coverage (cities, administrative divisions), short and ambiguous names,
/// common-word collisions, and compound place names. Examples written for these tests.
@Suite struct EntityLocationTests {
    static let recognizer = EntityRecognizer()

    static func locations(_ text: String) -> [String] {
        recognizer.recognize(in: text).filter { $0.type == .location }.map(\.name)
    }

    /// Cities between 150k and 300k people far from the Arab world, and first-level divisions of
    /// Arab countries and Iran (ISO 3166-2 lists), are places on their own.
    @Test(arguments: [
        ("وقع الاتفاق في بوردو بعد مفاوضات طويلة", "بوردو"),
        ("يقام المهرجان سنويا في سالزبورغ", "سالزبورغ"),
        ("تخرج من جامعة في أكسفورد قبل عقدين", "أكسفورد"),
        ("اشتبكت القوات مع مسلحين في الأنبار غرب البلاد", "الأنبار"),
        ("قصفت الطائرات مواقع في ريف دمشق ليلا", "ريف دمشق"),
        ("نزح آلاف المدنيين من جنوب كردفان", "جنوب كردفان"),
        ("ارتفع منسوب المياه في ولاية نهر النيل", "نهر النيل"),
        ("هطلت أمطار غزيرة على القليوبية والمنوفية", "القليوبية"),
        ("شهدت خوزستان احتجاجات على نقص المياه", "خوزستان"),
        ("وصل الوفد إلى الكوت صباحا", "الكوت"),
        ("تضررت مزارع في البحيرة بسبب السيول", "البحيرة"),
    ])
    func findsPlace(text: String, name: String) {
        #expect(Self.locations(text).contains(name), "\(Self.locations(text))")
    }

    /// Ordinary words that are also place names somewhere, and short or ambiguous names with no
    /// place context, are not places.
    @Test(arguments: [
        "فرضت القوات حصار على الحي منذ أشهر",
        "فاز الرئيس بولاية ثانية في الانتخابات",
        "انتهت المباراة بعد ثانية واحدة من الوقت الإضافي",
        "تراجعت الإصابات بفيروس كورونا هذا الشهر",
        "يعرف الكوت بأنه معطف طويل",
        "تطل الغرفة على البحيرة الهادئة",
        "عرضت الصحيفة الصور على القراء",
        "شارك الحراك الشعبي في الاحتجاجات",
    ])
    func notAPlace(text: String) {
        #expect(Self.locations(text).isEmpty, "\(Self.locations(text))")
    }

    /// The generator never adds ال to a name ending in ي: `ال` + such a name reads as a
    /// nationality or relation adjective (`السوري`, `البحري`).
    @Test func noArticleOnNisbaNames() {
        for (key, entry) in Gazetteer.shared.entries where entry.kind == .city && !key.contains(" ") {
            guard key.hasPrefix("ال"), key.hasSuffix("ي") else { continue }
            let bare = String(key.dropFirst(2))
            if let other = Gazetteer.shared.entries[bare], other.group == entry.group, !other.isVariant {
                Issue.record("ال added to the nisba-shaped name \(bare)")
            }
        }
    }
}

/// Compound place names: directions, kept heads, facilities named after people, numbers and
/// transliterated names.
@Suite struct EntityCompoundPlaceTests {
    static let recognizer = EntityRecognizer()

    /// (text, the exact place expected).
    @Test(arguments: [
        // A direction is part of the name only when the whole is a known division or region.
        ("اندلعت اشتباكات في ولاية غرب كردفان أمس", "غرب كردفان"),
        ("وصلت المساعدات إلى شمال سيناء", "شمال سيناء"),
        ("سقطت قذائف في شمال العراق", "العراق"),
        ("تساقطت الثلوج في جنوب تركيا", "تركيا"),
        // An administrative head stays out, unless head and name are the known name together.
        ("زار الوزير مدينة الموصل", "الموصل"),
        ("عاد الوفد إلى إقليم كردستان بعد الزيارة", "إقليم كردستان"),
        // Facilities named after a person run through the whole name; units keep their number.
        ("هبطت الطائرة في مطار رفيق الحريري الدولي", "مطار رفيق الحريري الدولي"),
        ("افتتح مجمع خليفة بن زايد للطاقة الشمسية", "مجمع خليفة بن زايد للطاقة الشمسية"),
        ("نقل المعتقلون إلى سجن صيدنايا 2 قرب العاصمة", "سجن صيدنايا 2"),
        ("نزل الوفد في فندق سان ريجيس وسط المدينة", "فندق سان ريجيس"),
        ("توقفت القطارات في محطة بوشهر", "محطة بوشهر"),
    ])
    func compound(text: String, name: String) {
        let places = Self.recognizer.recognize(in: text).filter { $0.type == .location }.map(\.name)
        #expect(places.contains(name), "\(places)")
    }

    /// A facility named after a person yields no person; a number that counts is not a unit.
    @Test(arguments: [
        ("هبطت الطائرة في مطار رفيق الحريري الدولي", "مطار رفيق الحريري الدولي"),
        ("قضى في سجن صيدنايا 3 سنوات", "سجن صيدنايا"),
        ("تجمع الركاب في محطة الحافلات", nil),
        ("يسكن في مجمع سكني جديد", nil),
    ] as [(String, String?)])
    func facilityOnly(text: String, place: String?) {
        let mentions = Self.recognizer.recognize(in: text)
        #expect(!mentions.contains { $0.type == .person }, "\(mentions.map(\.name))")
        #expect(mentions.filter { $0.type == .location }.map(\.name) == (place.map { [$0] } ?? []), "\(mentions.map(\.name))")
    }
}

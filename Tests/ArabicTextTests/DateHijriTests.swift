import Testing
@testable import ArabicText

/// Hijri dates in the Umm al-Qura calendar, as Saudi news writes them: digits (Western and
/// Eastern) with هـ attached or apart, month names and their variants, years alone, and a date
/// given in both calendars. Sentences written for these tests.
@Suite struct DateHijriTests {
    /// Monday 20 July 2015 (4 Shawwal 1436).
    static let anchor = TemporalValue(year: 2015, month: 7, day: 20, precision: .day)

    @Test("Foundation's Umm al-Qura calendar agrees with known dates on this platform")
    func knownDates() {
        #expect(HijriCalendar.civilDate(year: 1436, month: 10, day: 1) == CivilDate(year: 2015, month: 7, day: 17))
        #expect(HijriCalendar.civilDate(year: 1436, month: 9, day: 23) == CivilDate(year: 2015, month: 7, day: 10))
        #expect(HijriCalendar.civilDate(year: 1437, month: 1, day: 1) == CivilDate(year: 2015, month: 10, day: 14))
        #expect(HijriCalendar.civilDate(year: 1445, month: 9, day: 1) == CivilDate(year: 2024, month: 3, day: 11))
        #expect(HijriCalendar.civilDate(year: 1436, month: 9, day: 30) == nil)   // Ramadan 1436 had 29 days
        #expect(HijriCalendar.hijriDate(of: CivilDate(year: 2015, month: 7, day: 17))! == (1436, 10, 1))
    }

    static let cases: [(String, [String])] = [
        ("عقد المجلس جلسته يوم الجمعة 23/ 9/ 1436هـ برئاسة أمير المنطقة.", ["يوم الجمعة 23/ 9/ 1436هـ=2015-07-10"]),
        ("أقيمت صلاة العيد صباح الجمعة 1/10/1436 هـ في جوامع المدينة.", ["صباح الجمعة 1/10/1436 هـ=2015-07-17"]),
        ("صدر التعميم في ٥/١٠/١٤٣٦هـ إلى جميع الإدارات.", ["٥/١٠/١٤٣٦هـ=2015-07-21"]),
        ("صدر التعميم بتاريخ 1436/10/05هـ إلى المدارس.", ["1436/10/05هـ=2015-07-21"]),
        ("تبدأ إجازة الحج في 25 ذي القعدة 1436هـ للطلاب.", ["25 ذي القعدة 1436هـ=2015-09-09"]),
        ("تبدأ إجازة الحج في 25 ذو القعدة 1436 هـ للطلاب.", ["25 ذو القعدة 1436 هـ=2015-09-09"]),
        ("افتتح المعرض في الأول من ربيع الآخر 1436هـ بالرياض.", ["الأول من ربيع الآخر 1436هـ=2015-01-21"]),
        ("افتتح المعرض في الأول من ربيع الثاني 1436هـ بالرياض.", ["الأول من ربيع الثاني 1436هـ=2015-01-21"]),
        ("تأجل القرار إلى 10 جمادى الآخرة 1436هـ.", ["10 جمادى الآخرة 1436هـ=2015-03-30"]),
        ("تأجل القرار إلى 10 جمادى الثانية 1436هـ.", ["10 جمادى الثانية 1436هـ=2015-03-30"]),
        // A Hijri month spans two Gregorian months: the one with its 15th day.
        ("شهد شهر رمضان 1436هـ إقبالا كبيرا على الأسواق.", ["شهر رمضان 1436هـ=2015-07"]),
        // A Hijri year spans two Gregorian years: the one with its middle.
        ("تأسست الجمعية عام 1410هـ في جدة.", ["عام 1410هـ=1990"]),
        ("بلغ عدد الحجاج في موسم 1436 هـ مليوني حاج.", ["1436 هـ=2015"]),
        ("وصل الوفد في 15 شعبان 1440 هـ الموافق 20 أبريل 2019م إلى جدة.", ["15 شعبان 1440 هـ الموافق 20 أبريل 2019م=2019-04-20"]),
        ("وصل الوفد في 20 أبريل 2019 الموافق 15 شعبان 1440هـ إلى جدة.", ["20 أبريل 2019 الموافق 15 شعبان 1440هـ=2019-04-20"]),
        ("يوافق يوم الثلاثاء 5 شوال 1436هـ (21 يوليو 2015م) موعد الحفل.", ["يوم الثلاثاء 5 شوال 1436هـ (21 يوليو 2015م)=2015-07-21"]),
        ("صدر الأمر في 5 شوال 1436هـ الموافق لـ 21 يوليو 2015م.", ["5 شوال 1436هـ الموافق لـ 21 يوليو 2015م=2015-07-21"]),
        ("سجلت الدرجة صفر في المرصد.", []),
        ("قال رمضان العنزي إن الفريق مستعد.", []),
    ]

    @Test("Hijri dates without an anchor", arguments: cases)
    func hijri(_ sentence: String, _ expected: [String]) {
        #expect(DateTestSupport.render(sentence) == expected)
    }

    static let anchored: [(String, [String])] = [
        // A named month is not a duration: قبل شهر رمضان is before Ramadan, not a month ago.
        ("ارتفعت أسعار المواد الغذائية قبل شهر رمضان بأسابيع.", ["شهر رمضان=2015-07"]),
        ("عادت الحركة إلى الأسواق بعد رمضان الماضي.", ["رمضان الماضي=2015-07"]),
        ("تنطلق البطولة في شهر محرم المقبل.", ["شهر محرم المقبل=2015-10"]),
        ("نظمت الجمعية الإفطار في 20 رمضان بحضور المسؤولين.", ["20 رمضان=2015-07-07"]),
    ]

    @Test("Hijri months without a year take the anchor's Hijri year", arguments: anchored)
    func anchoredHijri(_ sentence: String, _ expected: [String]) {
        #expect(DateTestSupport.render(sentence, anchor: Self.anchor) == expected)
    }

    @Test("the Hijri original and its calendar stay on the mention")
    func original() {
        let m = DateTagger().tag("عقد المجلس جلسته يوم الجمعة 23/ 9/ 1436هـ برئاسة الأمير.")
        #expect(m.count == 1)
        #expect(m.first?.calendar == .hijri)
        #expect(m.first?.hijri?.description == "1436-09-23")
        #expect(DateTagger().tag("وصل في 10 يوليو 2015 إلى جدة.").first?.calendar == .gregorian)
    }
}

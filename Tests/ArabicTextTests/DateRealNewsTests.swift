import Testing
@testable import ArabicText

/// Dates as a reader of Saudi news would read them: numeric dates but no phone numbers,
/// scores or resolution numbers; «اليوم» in a newspaper's name or a byline; أول من أمس; a
/// weekday named after غدا; and the tense of the clause for dates without a year. Sentences
/// written for these tests; anchors as stated.
@Suite struct DateRealNewsTests {
    /// Monday 20 July 2015.
    static let monday = TemporalValue(year: 2015, month: 7, day: 20, precision: .day)
    /// Tuesday 21 July 2015.
    static let tuesday = TemporalValue(year: 2015, month: 7, day: 21, precision: .day)
    /// Tuesday 10 March 2015.
    static let march = TemporalValue(year: 2015, month: 3, day: 10, precision: .day)

    static let numeric: [(String, [String])] = [
        ("وقعت الاتفاقية في 10/7/2015م بمقر الوزارة.", ["10/7/2015م=2015-07-10"]),
        ("نشر الإعلان بتاريخ 2015/7/10 في الجريدة الرسمية.", ["2015/7/10=2015-07-10"]),
        ("للاستفسار يرجى الاتصال على الرقم 0112345678 أو 920000890.", []),
        ("للحجز اتصل على 011-456-7890 خلال أوقات الدوام.", []),
        ("فاز الهلال على النصر 2-1 في الجولة الأخيرة.", []),
        ("طالب المجلس بتطبيق القرار 2216 في أبريل 2015.", ["أبريل 2015=2015-04"]),
        ("صدر القرار رقم 12/3/1436 بشأن تنظيم الأسواق.", []),
        ("أشار التقرير إلى القرار 2014 الصادر عن مجلس الأمن.", []),
        ("ارتفعت النسبة إلى 3/4 من إجمالي الطلبات.", []),
    ]

    @Test("numeric dates, and numbers that are not dates", arguments: numeric)
    func numericDates(_ sentence: String, _ expected: [String]) {
        #expect(DateTestSupport.render(sentence) == expected)
    }

    static let today: [(String, [String])] = [
        ("وقال مدير التعليم لـ«اليوم» إن الاستعدادات اكتملت.", []),
        ("ذكرت صحيفة اليوم أن المشروع تأخر.", []),
        ("الرياض - عين اليوم", []),
        ("الدمام - اليوم", []),
        ("يواجه شباب اليوم تحديات كبيرة في سوق العمل.", []),
        ("ينصح الأطباء بشرب الماء ثماني مرات في اليوم خلال الصيف.", []),
        ("وجه الوزير بتوزيع موسوعة خطب الجمعة على المساجد.", []),
        ("أعلنت الوزارة اليوم عن نتائج القبول.", ["اليوم=2015-07-20"]),
    ]

    @Test("«اليوم» as a newspaper, a byline or 'nowadays' is no date", arguments: today)
    func todayAsName(_ sentence: String, _ expected: [String]) {
        #expect(DateTestSupport.render(sentence, anchor: Self.monday) == expected)
    }

    static let relative: [(String, TemporalValue, [String])] = [
        ("وقع الحادث أول من أمس على طريق الخرج.", monday, ["أول من أمس=2015-07-18"]),
        // غدا الخميس against a Tuesday: the Thursday, not Wednesday.
        ("تنطلق البطولة غدا الخميس في جدة.", tuesday, ["غدا الخميس=2015-07-23"]),
        ("تنطلق البطولة غداً الأربعاء في جدة.", tuesday, ["غداً الأربعاء=2015-07-22"]),
        ("يفتتح المعرض يوم غد الخميس في الدمام.", tuesday, ["يوم غد الخميس=2015-07-23"]),
        ("يعرض الفيلم في الغد القريب على الشاشات.", tuesday, []),
        // A weekday in parentheses names the day: أمس (الأحد) against a Tuesday is Sunday.
        ("أعلن المتحدث أمس (الأحد) عن نتائج التحقيق.", tuesday, ["أمس (الأحد)=2015-07-19"]),
        // A past verb puts a yearless date before the anchor.
        ("وكانت المنظمة قد حذرت في الخامس عشر من أيار من تفشي المرض.", march, ["الخامس عشر من أيار=2014-05-15"]),
        ("أعلنت الشركة في شهر أبريل عن خطتها الجديدة.", march, ["شهر أبريل=2014-04"]),
        // A future verb puts it after.
        ("سيعقد المؤتمر في العاشر من يناير بمشاركة دولية.", monday, ["العاشر من يناير=2016-01-10"]),
        ("سيزور الوزير محافظة جدة الخميس لتفقد المشاريع.", monday, ["الخميس=2015-07-23"]),
        // Without a verb of either tense, the old window stays: a few months ahead is this year.
        ("موعد التسجيل في 5 سبتمبر للطلاب المستجدين.", monday, ["5 سبتمبر=2015-09-05"]),
    ]

    @Test("relative dates agree with a reader", arguments: relative)
    func anchored(_ sentence: String, _ anchor: TemporalValue, _ expected: [String]) {
        #expect(DateTestSupport.render(sentence, anchor: anchor) == expected)
    }
}

import Testing
@testable import ArabicText

/// Dates inside names are not dates, and a preposition attached to a year noun stays outside
/// the expression.
@Suite struct DateNameTests {
    /// Day and month that name something: quoted without a year, or after a naming head that
    /// carries a clitic.
    @Test(arguments: [
        "شاركت قوى «8 آذار» في الاجتماع.",
        "تظاهر أنصار تيار “25 يناير” أمام المقر.",
        "وصل الوفد بمدينة 10 رمضان شرق القاهرة، ثم انتقل إلى حي 15 مايو.",
        "أقيم الحفل بشارع 26 يوليو وسط العاصمة.",
        "نصبت الخيام ببلدة 17 نيسان الحدودية.",
    ])
    func namesAreNotDates(text: String) {
        #expect(DateTestSupport.render(text).filter { !$0.hasSuffix("=nil") }.isEmpty, "\(DateTestSupport.render(text))")
    }

    /// (text, expected mentions): the date itself is still found next to such names.
    @Test(arguments: [
        ("صادق البرلمان على موازنة لسنة 2025 بالأغلبية.", ["سنة 2025=2025"]),
        ("رصدت الحكومة المبلغ بعام 2019 كله.", ["عام 2019=2019"]),
        ("أحيا أنصار «8 آذار» الذكرى في 8 آذار 2015.", ["8 آذار 2015=2015-03-08"]),
    ])
    func datesBesideNames(text: String, expected: [String]) {
        #expect(DateTestSupport.render(text).filter { !$0.hasSuffix("=nil") } == expected, "\(DateTestSupport.render(text))")
    }
}

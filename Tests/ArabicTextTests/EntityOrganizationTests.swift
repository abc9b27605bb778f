import Testing
@testable import ArabicText

/// Where organisation names begin and end: field complements, nested heads, coordinated
/// genitives, numbered units, headless international bodies, and the words that end a name.
@Suite struct EntityOrganizationTests {
    static let recognizer = EntityRecognizer()

    /// (text, the organisation's exact name).
    @Test(arguments: [
        // A field complement after لـ/لل completes the name.
        ("طالبت الجمعية الوطنية لحقوق الطفل بالتحقيق", "الجمعية الوطنية لحقوق الطفل"),
        ("ناشدت اللجنة الدولية للهلال الأحمر المانحين", "اللجنة الدولية للهلال الأحمر"),
        ("أعلنت الهيئة العليا للانتخابات النتائج", "الهيئة العليا للانتخابات"),
        ("حذرت الهيئة الحكومية لدول شرق أفريقيا من المجاعة", "الهيئة الحكومية لدول شرق أفريقيا"),
        // A head in construct with another head keeps the outer one.
        ("انسحب حزب حركة التجديد من الائتلاف", "حزب حركة التجديد"),
        // Numbered units.
        ("انتشرت الفرقة 9 في المدينة", "الفرقة 9"),
        // Coordinated indefinite genitives.
        ("رفعت هيئة كهرباء ومياه الشارقة الأسعار", "هيئة كهرباء ومياه الشارقة"),
        // A participle, an event noun or a person after a place ends the name.
        ("قال صندوق النقد العربي البالغ رأسماله مليار دولار", "صندوق النقد العربي"),
        ("تبنى تنظيم الدولة الهجوم على الحاجز", "تنظيم الدولة"),
        ("قال حاكم بنك المغرب عبد اللطيف الجواهري إن", "بنك المغرب"),
        ("دعت جماعة العدل المحظورة إلى التظاهر", "جماعة العدل"),
        // Headless international bodies and acronyms.
        ("قالت الأونروا إن مدارسها امتلأت", "الأونروا"),
        ("أكدت قوة يونيفيل أنها رصدت الخرق", "يونيفيل"),
        ("حذر برنامج الأغذية العالمي من نقص التمويل", "برنامج الأغذية العالمي"),
        // Nationality after a definite head.
        ("رفضت السلطة الفلسطينية القرار", "السلطة الفلسطينية"),
    ])
    func boundaries(text: String, name: String) {
        let orgs = Self.recognizer.recognize(in: text).filter { $0.type == .organization }.map(\.name)
        #expect(orgs.contains(name), "\(orgs)")
    }

    /// Descriptions that are not names.
    @Test(arguments: [
        "انتشرت قوات الأمن في الشوارع",
        "تقدمت قوات النظام نحو البلدة",
        "صوت البرلمان على حل مجلس الأمة ووقف العمل بالدستور",
    ])
    func notNames(text: String) {
        let orgs = Self.recognizer.recognize(in: text).filter { $0.type == .organization }.map(\.name)
        #expect(!orgs.contains { $0.hasPrefix("قوات") || $0.contains("ووقف") }, "\(orgs)")
    }
}

/// Places that are ordinary words in context.
@Suite struct EntityPlaceContextTests {
    /// (text, a word that must not be tagged as a place).
    @Test(arguments: [
        ("استقبل الرئيس السوري الوفد في دمشق", "السوري"),
        ("أعلن البنك المركزي السوري خفض الفائدة", "السوري"),
        ("وقالت الوزارة بأنه لا يوجد خطر", "بأنه"),
    ])
    func notPlaces(text: String, word: String) {
        let places = EntityRecognizer().recognize(in: text).filter { $0.type == .location }.map(\.name)
        #expect(!places.contains(word), "\(places)")
    }
}

import Testing
@testable import ArabicText

/// Where person names begin and end after titles and their complements, and the words that
/// are never names.
@Suite struct EntityPersonTests {
    static let recognizer = EntityRecognizer()

    /// (text, the person's exact name).
    @Test(arguments: [
        // A possessive noun, a time word, a ل-complement or a place of office completes the role.
        ("قال وزير خارجيته سامي الحربي إن الزيارة ناجحة", "سامي الحربي"),
        ("وقالت المتحدثة باسمها ريم العلي إن الوفد وصل", "ريم العلي"),
        ("قالت الوزيرة السابقة ليلى حسن إن القرار خاطئ", "ليلى حسن"),
        ("قال الأمين العام للجامعة أحمد يوسف إن", "أحمد يوسف"),
        ("صرح المبعوث الأممي إلى ليبيا عبد الله باتيلي بأن", "عبد الله باتيلي"),
        ("أعلن رئيس بلدية أنقرة منصور ياواش فوزه", "منصور ياواش"),
        // A regnal number ends a name; the next name is another person.
        ("استقبل الملك محمد السادس سعيد ناصر في القصر", "محمد السادس"),
        ("استقبل الملك محمد السادس سعيد ناصر في القصر", "سعيد ناصر"),
        // Particles and separate surname elements.
        ("وصلت المفوضة أنالينا فون شتاين إلى بروكسل", "أنالينا فون شتاين"),
        ("قال الوزير أحمد داود أوغلو إن", "أحمد داود أوغلو"),
        // A family nisba that is also a nationality, after a full name.
        ("قال المحلل خالد سعيد المصري إن الأسعار سترتفع", "خالد سعيد المصري"),
        // Gulf names chain definite family names after an honorific.
        ("استقبل الشيخ ناصر المحمد الأحمد الصباح الوفد", "ناصر المحمد الأحمد الصباح"),
    ])
    func names(text: String, name: String) {
        let people = Self.recognizer.recognize(in: text).filter { $0.type == .person }.map(\.name)
        #expect(people.contains(name), "\(people)")
    }

    /// Adverbial accusatives and verbs after a role are not names.
    @Test(arguments: [
        "أجرى الرئيس اتصالا هاتفيا بنظيره",
        "أعلن حاكم ولاية سنار فرض حظر التجول",
        "أكد المدير اعتبارا من اليوم أن العمل مستمر",
    ])
    func notNames(text: String) {
        let people = Self.recognizer.recognize(in: text).filter { $0.type == .person }.map(\.name)
        #expect(people.isEmpty, "\(people)")
    }

    /// Round 21: the ranks of corporal and sergeant are titles (the model read `العريف` in
    /// `العريف أول` as an organisation in SaudiNewsNet obituaries), and, like `الشيخ`, family
    /// names after a given name (`محمد خضر عريف`).
    @Test(arguments: ["العريف", "عريف", "الرقيب"])
    func ranksAreTitles(rank: String) {
        let key = ArabicNormalizer.normalize(rank)
        #expect(EntityEvidence.hasClass(key, "title") && EntityEvidence.isSurnameTitle(key))
    }
}

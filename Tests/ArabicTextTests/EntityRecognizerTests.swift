import Testing
@testable import ArabicText

/// Boundaries, clitics, nesting and types of single mentions.
@Suite struct EntityRecognizerTests {
    static let recognizer = EntityRecognizer()

    /// (text, expected type, expected name): the name must be found with exactly these words.
    @Test(arguments: [
        ("وصل الوفد لبنغازي أمس", EntityType.location, "بنغازي"),
        ("التقى بأحمد أبو ختالة في المدينة", .person, "أحمد أبو ختالة"),
        ("أعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته", .organization, "تنظيم القاعدة في بلاد المغرب الإسلامي"),
        ("انضم إلى كتيبة 17 فبراير عام 2011", .organization, "كتيبة 17 فبراير"),
        ("قاتل مع مجلس شورى بنغازي ضد الجيش", .organization, "مجلس شورى بنغازي"),
        ("فاز حزب \"قلب تونس\" بمقاعد", .organization, "قلب تونس"),
        ("قال المشير خليفة حفتر إن", .person, "خليفة حفتر"),
        ("وقالت المدعية جيسي ليو في بيان", .person, "جيسي ليو"),
        ("اعتقل في مدينة مصراتة بتهمة التورط", .location, "مصراتة"),
        ("كان يصلي في مسجد الإمام الأوزاعي بمنطقة الليثي", .location, "مسجد الإمام الأوزاعي"),
        ("أودع سجن بوسليم في طرابلس", .location, "سجن بوسليم"),
        ("نفذت للولايات المتحدة ضربة", .location, "الولايات المتحدة"),
        ("أعلنت وزارة العدل الأميركية الحكم", .organization, "وزارة العدل الأميركية"),
        ("تقدمت قوات الدعم السريع نحو المدينة", .organization, "قوات الدعم السريع"),
    ])
    func finds(text: String, type: EntityType, name: String) {
        let mentions = Self.recognizer.recognize(in: text)
        #expect(mentions.contains { $0.type == type && $0.name == name }, "\(mentions.map(\.name))")
        for m in mentions {
            let covered = String(String.UnicodeScalarView(Array(text.unicodeScalars)[m.start..<m.end]))
            #expect(ArabicNormalizer.normalize(covered).hasSuffix(ArabicNormalizer.normalize(String(m.name.dropFirst()))))
        }
    }

    /// Words that must not be tagged at all.
    @Test(arguments: [
        "قال المسؤول الأميركي إن الحكومة ستدرس الأمر",
        "أكد الجيش أن القوات الأمنية انتشرت في المنطقة",
        "وصلت القوات الأمريكية إلى القاعدة العسكرية",
        "قال إن الوضع صعب",
        "أعلن الرئيس أن البلاد تمر بمرحلة صعبة",
    ])
    func ignores(text: String) {
        #expect(Self.recognizer.recognize(in: text).isEmpty, "\(Self.recognizer.recognize(in: text).map(\.name))")
    }

    /// Nested names: the outer name wins and the inner one is not also reported at the same span.
    @Test(arguments: [
        ("قاتل مع مجلس شورى بنغازي", "بنغازي"),
        ("كان في مسجد الإمام الأوزاعي", "الإمام"),
        ("فاز حزب \"قلب تونس\" بمقاعد", "تونس"),
    ])
    func nested(text: String, inner: String) {
        #expect(!Self.recognizer.recognize(in: text).contains { $0.name == inner })
    }

    /// A role seen before a person is kept.
    @Test func keepsRole() {
        let m = Self.recognizer.recognize(in: "التقى وزير الخارجية الأميركي مايك بومبيو نظيره").first { $0.type == .person }
        #expect(m?.name == "مايك بومبيو")
        #expect(m?.role == "وزير الخارجية الأميركي")
    }

    /// Hashtags give the name with spaces; surnames alone are found after the full name.
    @Test func hashtagAndSurname() {
        let mentions = Self.recognizer.recognize(in: "نشر وسم #خليفة_حفتر ثم قال المشير خليفة حفتر كلمته. وأضاف حفتر أن")
        #expect(mentions.contains { $0.name == "خليفة حفتر" && $0.type == .person })
        #expect(mentions.contains { $0.name == "حفتر" && $0.type == .person })
    }
}

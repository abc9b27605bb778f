import Testing
@testable import NewsCorpus

/// Issue 22: what real files bring (markup, character references, invisible controls, odd
/// spaces, presentation forms, bylines) is handled at ingest without losing a word.
@Suite struct TextHygieneTests {
    @Test(arguments: [
        ("قال &quot;الوزير&quot; إن &amp; ذلك", "قال \"الوزير\" إن & ذلك"),
        ("حرف &#1575; و&#x628;", "حرف ا وب"),
        ("&laquo;نص&raquo; &unknown; & وحده", "«نص» &unknown; & وحده"),
        ("ال\u{200C}مقاومة", "المقاومة"),
        ("ال\u{200D}مقاومة و\u{200B}الشعب", "المقاومة والشعب"),
        ("\u{202B}نص\u{202C} \u{200F}آخر\u{200E}", "نص آخر"),
        ("كلمة\u{00A0}أخرى", "كلمة أخرى"),
        ("\u{FEFB}\u{FEB3}\u{FEE0}\u{FEE2}", "لاسلم"),
        ("x < 5 و y>3", "x < 5 و y>3"),
        ("نص <b>مهم</b> هنا", "نص مهم هنا"),
        ("&lt;b&gt; يبقى نصا", "<b> يبقى نصا"),
    ])
    func cleanKeepsEveryWord(_ raw: String, _ expected: String) {
        #expect(TextHygiene.clean(raw) == expected)
    }

    @Test func blockTagsSeparateParagraphsAndCodeIsDropped() {
        let raw = "<html><head><style>p{color:red}</style><script>var x = 1 < 2;</script></head><body><h1>العنوان</h1><p>الفقرة الأولى.</p><!-- تعليق --><p>الفقرة<br>الثانية.</p></body></html>"
        let cleaned = TextHygiene.clean(raw)
        #expect(cleaned.split(separator: "\n").map(String.init) == ["العنوان", "الفقرة الأولى.", "الفقرة", "الثانية."])
    }

    @Test func aMarkupTitleBecomesItsWords() {
        #expect(TextHygiene.title("<html><body><h1>قمة الرياض</h1></body></html>") == "قمة الرياض")
        #expect(TextHygiene.title("وزير &quot;الخارجية&quot;") == "وزير \"الخارجية\"")
        let article = SubmittedArticle(id: "a", title: "<h1>قمة &amp; لقاء</h1>", text: "نص <p>المقال</p> هنا.").article()
        #expect(article.title == "قمة & لقاء")
        #expect(article.text == "نص\n\nالمقال\n\nهنا.")
    }

    @Test(arguments: [
        "فايز الحسيكي – عين اليوم", "عين اليوم – متابعات", "المدينة - جدة", "محمود وهبي ـ جدة",
        "دبي- الرياضية", "بقلم: سعاد الصباح", "عواصم العالم - رويترز",
    ])
    func bylinesAreRecognised(_ line: String) {
        #expect(Byline.matches(line))
    }

    @Test(arguments: [
        "هجوم بنغازي الدامي.. أميركا تحكم على قاتل سفيرها", "قمة الرياض", "جـدة تستضيف المعرض",
        "السعودية - اليمن: اتفاق جديد في 2015", "كتب الرئيس رسالة إلى نظيره الفرنسي يوم الأحد الماضي",
    ])
    func headingsAreNotBylines(_ line: String) {
        #expect(!Byline.matches(line))
    }

    @Test func aBylineStaysInTheBodyAndOutOfTheTitle() {
        let text = " \n فايز الحسيكي – عين اليوم\nيبدو أن قضية المعلمة ستأخذ منحى جديدا. وأضاف المصدر أن التحقيق مستمر."
        let api = SubmittedArticle(id: "a", title: nil, text: text).article()
        #expect(api.title == "يبدو أن قضية المعلمة ستأخذ منحى جديدا.")
        #expect(api.text.hasPrefix("فايز الحسيكي – عين اليوم\n\nيبدو"))
        let file = ArticleCleaner.clean("المدينة - جدة\n\nافتتح الأمير المعرض اليوم.")
        #expect(file.title == "افتتح الأمير المعرض اليوم.")
        #expect(file.paragraphs == ["المدينة - جدة", "افتتح الأمير المعرض اليوم."])
    }

    @Test func aZWNJWordIsNotSplitForTheRecognisers() {
        let article = SubmittedArticle(id: "a", title: "عنوان", text: "قالت حركة ال\u{200C}مقاومة إن الهدنة صامدة.").article()
        #expect(article.text.contains("المقاومة"))
        #expect(!article.text.unicodeScalars.contains("\u{200C}"))
    }
}

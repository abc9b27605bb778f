import Testing
@testable import ArabicText

/// Publication-date estimation from content.
@Suite struct DateEstimatorTests {
    static let cases: [(String, String?)] = [
        // N years ago plus the event's own date.
        ("قتل السفير قبل 8 أعوام. ووقع الهجوم في 11 سبتمبر 2012 ثم اعتقل المتهم في 2014.", "2020"),
        // The nearest date (2012 + 3) would come before the latest one mentioned (2016): the
        // next nearest that fits is used.
        ("وقع الهجوم في 2012 قبل 3 أعوام، وحكم على المتهم في 2016.", "2019"),
        // A weekday written with its full date.
        ("أعلنت الحكومة الخميس 5 مارس 2020 حظر التجول، بعد قرار مماثل عام 2019.", "2020-03-05"),
        ("قال الوزير اليوم 12 يناير 2021 إن المفاوضات مستمرة.", "2021-01-12"),
        // A week ago and the day it names.
        ("نفذت الضربة قبل أسبوع، في 26 سبتمبر 2019.", "2019-10-03"),
        // No evidence.
        ("وقع الهجوم في 2012 وحكم على المتهم في 2016.", nil),
        ("قال الوزير الجمعة إن المفاوضات مستمرة.", nil),
        ("", nil),
    ]

    @Test("estimated publication date", arguments: cases)
    func estimate(_ text: String, _ expected: String?) {
        #expect(DateTagger().estimateAnchor(text)?.description == expected)
        #expect(ArticleDateEstimator().estimate(text)?.description == expected)
    }
}

import Testing
@testable import ArabicText

/// The five seed articles: every date expression and its value, without an anchor, in text order.
@Suite struct DateSeedTests {
    static let expected: [(String, [String])] = [
        ("000_fb78c02459ae3a97.txt", [
            "الجمعة=nil", "قبل 8 أعوام=nil", "11 سبتمبر 2012=2012-09-11", "اليوم=nil", "2014=2014",
            "حزيران/يونيو 2018=2018-06", "عام 2016=2016", "30 أكتوبر 2017=2017-10-30",
            "تسعينيات القرن الماضي=199X", "عام 2007=2007", "عام 2011=2011", "ستينيات القرن الماضي=196X",
            "عام 2011=2011", "عام 2012=2012",
        ]),
        ("001_ee4fb4a7c0a0eb1e.txt", [
            "سبتمبر/أيلول 2012=2012-09", "عام 2014=2014", "تسعينيات القرن الماضي=199X", "عام 2007=2007",
            "عام 2011=2011", "ستينيات القرن الماضي=196X", "عام 2011=2011", "عام 2012=2012",
            "مطلع هذا العام=nil", "عام 2012=2012",
        ]),
        ("002_855d8bd0f73ce62f.txt", ["منتصف العام الماضي=nil", "نوفمبر الماضي=nil", "مارس الماضي=nil"]),
        ("003_0caa95451c496c82.txt", [
            "الأربعاء=nil", "الأربعاء=nil", "مساء اليوم الأربعاء=nil", "الأسبوع الماضي=nil",
            "مارس /آذار 2018=2018-03", "2016=2016", "2011=2011", "2016=2016",
        ]),
        ("004_6017e8bea10498ae.txt", [
            "الجمعة=nil", "السادس والعشرين من شهر سبتمبر=XXXX-09-26", "قبل أسبوع=nil",
            "الأسبوع الماضي=nil", "اليوم=nil",
        ]),
    ]

    @Test("seed dates", arguments: expected)
    func seed(_ file: String, _ dates: [String]) throws {
        #expect(DateTestSupport.render(try DateTestSupport.seed(file)) == dates)
    }

    @Test("seed 000 resolved against its estimated date")
    func seedResolved() throws {
        let text = try DateTestSupport.seed("000_fb78c02459ae3a97.txt")
        let anchor = DateTagger().estimateAnchor(text)
        #expect(anchor?.description == "2020")
        let relative = DateTagger().tag(text, anchor: anchor).filter(\.isRelative)
        #expect(relative.map { "\($0.expression)=\($0.value?.description ?? "nil")" }
                == ["الجمعة=2020", "قبل 8 أعوام=2012", "اليوم=2020"])
    }

    @Test("no seed date overlaps a trap")
    func trapsStayOut() throws {
        let traps = ["17 فبراير", "19 عاماً", "47 عاماً", "22 عاما", "الـ40", "17 عنصرا", "36 عنصرا",
                     "11 عنصرا", "8 أشخاص", "ألف كلم", "1788461268055807", "عام الاخوان"]
        for (file, _) in Self.expected {
            let text = try DateTestSupport.seed(file)
            let mentions = DateTagger().tag(text)
            for trap in traps {
                for m in mentions {
                    #expect(!m.expression.contains(trap) && !trap.contains(m.expression), "\(file): \(m.expression)")
                }
            }
        }
    }
}

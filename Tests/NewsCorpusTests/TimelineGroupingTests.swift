import ArabicText
import Testing
@testable import NewsCorpus

@Suite struct TimelineGroupingTests {
    func corpus(_ texts: [String]) -> Corpus {
        Corpus(articles: texts.enumerated().map { i, text in
            Article(id: "a\(i)", cleaned: ArticleCleaner.clean("عنوان \(i)\n\n" + text))
        })
    }

    @Test func sameDayAndSharedEntityIsOneHappeningAcrossArticles() throws {
        let c = corpus(Array(repeating: "أعلنت وزارة الداخلية في تونس يوم 3 مارس 2021 عن توقيف خلية.", count: 3)
                       + ["ارتفعت الأسعار في القاهرة يوم 3 مارس 2021 بشكل حاد."])
        let day = c.events.filter { $0.date.description == "2021-03-03" }
        #expect(day.count == 4)
        let tunis = day.filter { c.articleId(of: $0) != "a3" }
        #expect(Set(tunis.map(\.group)).count == 1)
        #expect(Set(c.sources(of: tunis.first!)) == ["a0", "a1", "a2"])
        #expect(c.sources(of: day.first { c.articleId(of: $0) == "a3" }!) == ["a3"])
    }

    /// Regression: each event kept its own copy of its group's article list, so memory grew with
    /// the square of a group's size (10k synthetic articles: 2 GiB instead of 330 MiB).
    /// (40 copies now make two groups: a group holds at most `EventGrouping.maximumArticles`.)
    @Test func eventsOfAGroupShareOneSourcesArray() {
        let c = corpus(Array(repeating: "أعلنت وزارة الداخلية في تونس يوم 3 مارس 2021 عن توقيف خلية.", count: 40))
        let events = c.events.filter { $0.date.description == "2021-03-03" }
        #expect(events.count == 40)
        let groups = Dictionary(grouping: events, by: \.group)
        #expect(groups.count == 2)
        for members in groups.values {
            let storages = Set(members.map { c.sources(of: $0).withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } })
            #expect(storages.count == 1)
            #expect(members.count == EventGrouping.maximumArticles)
            #expect(members.first.map { c.sources(of: $0).count } == EventGrouping.maximumArticles)
        }
    }
}

/// Event groups are one happening: no chaining through one shared entity, real textual
/// agreement, a size cap. Articles written for these tests.
@Suite struct EventGroupingTests {
    func corpus(_ texts: [String]) -> Corpus {
        Corpus(articles: texts.enumerated().map { i, text in
            Article(id: "g\(i)", cleaned: ArticleCleaner.clean("عنوان \(i)\n\n" + text))
        })
    }

    func groups(_ c: Corpus, on date: String) -> [Set<String>] {
        let events = c.events.filter { $0.date.description == date }
        return Dictionary(grouping: events, by: \.group).values.map { Set($0.map { c.articleId(of: $0) }) }
    }

    @Test func oneSharedEntityDoesNotChainUnrelatedReports() {
        let c = corpus([
            "افتتح أمير منطقة الرياض يوم 20 يوليو 2015 معرض الكتاب في جدة بحضور المثقفين.",
            "ارتفعت درجات الحرارة في جدة يوم 20 يوليو 2015 إلى خمسين درجة بحسب هيئة الأرصاد.",
            "أعلنت هيئة الأرصاد يوم 20 يوليو 2015 عن أمطار رعدية على مرتفعات جازان.",
        ])
        #expect(groups(c, on: "2015-07-20").allSatisfy { $0.count == 1 })
    }

    @Test func theSameReportInTwoOutletsIsOneGroup() {
        let c = corpus([
            "استقبل وزير الخارجية عادل الجبير في الرياض يوم 20 يوليو 2015 وزير خارجية فرنسا لوران فابيوس وبحثا العلاقات الثنائية.",
            "بحث وزير الخارجية عادل الجبير مع نظيره الفرنسي لوران فابيوس في الرياض يوم 20 يوليو 2015 العلاقات الثنائية بين البلدين.",
        ])
        #expect(groups(c, on: "2015-07-20").contains { $0 == ["g0", "g1"] })
    }

    @Test func sharedEntitiesWithoutSimilarWordsAreNotOneHappening() {
        let c = corpus([
            "استقبل وزير الخارجية عادل الجبير في الرياض يوم 20 يوليو 2015 وزير خارجية فرنسا لوران فابيوس وبحثا العلاقات الثنائية.",
            "انتقد لوران فابيوس في باريس يوم 20 يوليو 2015 تصريحات عادل الجبير حول أسعار النفط والغاز في الأسواق العالمية.",
        ])
        #expect(groups(c, on: "2015-07-20").allSatisfy { $0.count == 1 })
    }

    @Test func datelinesAloneAreNotOneHappening() {
        let c = corpus([
            "جدة 5 شوال 1436 هـ الموافق 21 يوليو 2015 م واس\n\nافتتح أمير المنطقة مهرجان الصيف بحضور الأهالي.",
            "جدة 5 شوال 1436 هـ الموافق 21 يوليو 2015 م واس\n\nارتفعت أسعار الخضار في الأسواق بعد العيد.",
        ])
        #expect(groups(c, on: "2015-07-21").allSatisfy { $0.count == 1 })
    }
}

/// Two reports in the same words about different visitors are two happenings.
@Suite struct EventGroupingActorTests {
    @Test func eachNamingAnActorTheOtherNeverMentionsIsTwoHappenings() {
        let texts = [
            "استقبل الأمين العام لمجلس التعاون عبداللطيف الزياني في مكتبه بالرياض يوم 11 أغسطس 2015 المبعوث الأممي إسماعيل ولد الشيخ أحمد وبحث معه مستجدات الأوضاع.",
            "استقبل الأمين العام لمجلس التعاون عبداللطيف الزياني في مكتبه بالرياض يوم 11 أغسطس 2015 سفير اليابان لدى المملكة نوريهيرو أوكودا وبحث معه مستجدات الأوضاع.",
        ]
        let c = Corpus(articles: texts.enumerated().map { i, t in Article(id: "v\(i)", cleaned: ArticleCleaner.clean("عنوان\n\n" + t)) })
        let events = c.events.filter { $0.date.description == "2015-08-11" }
        #expect(events.count == 2)
        #expect(Set(events.map(\.group)).count == 2)
    }
}

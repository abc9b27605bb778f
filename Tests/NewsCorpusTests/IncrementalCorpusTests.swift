import ArabicText
import Testing
@testable import NewsCorpus

/// Writes that update the corpus tables instead of rebuilding them: random sequences of
/// additions, replacements and deletions (and batches of additions) give, after every step,
/// the corpus a full build over the same articles and analyses gives — entities (ids, names,
/// types, forms, roles, mentions, articles), related entities, per-article lists, events and
/// their groups. Articles and their mentions are generated (names with spelling variants, lone
/// surnames, lineage forms, shared dates), so the merges and the groups change as they grow.
@Suite struct IncrementalCorpusTests {
    /// A deterministic generator (SplitMix64) so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
    }

    static let persons = [
        "باراك أوباما", "باراك اوباما", "أوباما", "ميشيل أوباما", "جون كيري", "كيري", "عبد الفتاح السيسي",
        "عبدالفتاح السيسي", "السيسي", "سلمان بن عبد العزيز", "سلمان بن عبد العزيز آل سعود", "سلمان",
        "محمد بن سلمان بن عبد العزيز", "محمد بن سلمان", "بان كي مون", "مون",
    ]
    static let organizations = ["الأمم المتحدة", "وزارة الداخلية", "داعش", "تنظيم الدولة الإسلامية", "مجلس الأمن", "جماعة الإخوان", "الإخوان"]
    static let locations = ["الرياض", "جدة", "القاهرة", "أميركا", "الولايات المتحدة", "أمريكا", "تونس"]
    static let roles: [String?] = [nil, nil, "الرئيس", "وزير الخارجية", "الأمين العام"]
    static let dates = (1...9).map { "يوم \($0) مارس 2021" } + ["في مارس 2021", "يوم 20 يوليو 2015"]
    static let topics = [
        "لبحث تطورات الأوضاع الأمنية في المنطقة", "لمناقشة الأزمة الاقتصادية وأسعار النفط",
        "لتوقيع اتفاقية تعاون مشترك بين البلدين", "لبحث تطورات الأوضاع الأمنية ومكافحة الإرهاب",
        "حيث أعلن عن مبادرة جديدة للسلام", "وسط إجراءات أمنية مشددة",
    ]

    /// One generated article and the analysis the recogniser would give it (mentions placed by
    /// construction, dates from the real tagger).
    static func article(_ id: String, _ g: inout Generator) -> (Article, ArticleAnalysis) {
        var body = ""
        var placed: [(name: String, type: EntityType, role: String?)] = []
        for _ in 0..<(1 + g.next(3)) {
            let a = g.pick(persons), b = g.next(2) == 0 ? g.pick(persons) : g.pick(organizations)
            let place = g.pick(locations)
            let role = g.pick(roles)
            let date = g.next(5) == 0 ? "" : " " + g.pick(dates)
            body += "\(role.map { $0 + " " } ?? "")\(a) يلتقي \(b) في \(place)\(date) \(g.pick(topics)). "
            placed.append((a, .person, role))
            placed.append((b, persons.contains(b) ? .person : .organization, nil))
            placed.append((place, .location, nil))
        }
        return analysed(id, body, placed)
    }

    /// The article of `body` and an analysis with the names `placed` found in it in order.
    static func analysed(_ id: String, _ body: String, _ placed: [(name: String, type: EntityType, role: String?)])
        -> (Article, ArticleAnalysis) {
        let cleaned = ArticleCleaner.clean(body, providedTitle: "خبر \(id)", takesHeading: false)
        let article = Article(id: id, cleaned: cleaned, metadata: ArticleMetadata(title: "خبر \(id)"))
        let scalars = Array(article.text.unicodeScalars)
        var cursor = 0
        var mentions: [EntityMention] = []
        for p in placed {
            let needle = Array(p.name.unicodeScalars)
            var start = cursor
            while start + needle.count <= scalars.count, !scalars[start..<(start + needle.count)].elementsEqual(needle) { start += 1 }
            precondition(start + needle.count <= scalars.count, "placed name not found")
            mentions.append(EntityMention(type: p.type, name: p.name, start: start, end: start + needle.count, role: p.role))
            cursor = start + needle.count
        }
        let dates = DateTagger().tag(article.text, anchor: nil)
        return (article, ArticleAnalysis(entityMentions: mentions, dateMentions: dates))
    }

    /// Every table of `got` equals `want`'s.
    static func expectSame(_ got: Corpus, _ want: Corpus, _ context: String) {
        #expect(got.articles.map(\.id) == want.articles.map(\.id), "\(context)")
        #expect(got.entities.count == want.entities.count, "\(context)")
        guard got.entities.count == want.entities.count, got.articles.count == want.articles.count else { return }
        for (a, b) in zip(got.entities, want.entities) {
            #expect(a.id == b.id && a.name == b.name && a.type == b.type, "\(context) \(a.id) \(a.name) / \(b.id) \(b.name)")
            #expect(a.aliases == b.aliases && a.roles == b.roles && a.matchKeys == b.matchKeys, "\(context) \(a.name)")
            #expect(a.mentions == b.mentions && a.articles == b.articles, "\(context) \(a.name)")
            #expect(got.entityPosition(id: a.id) == want.entityPosition(id: b.id), "\(context) \(a.id)")
        }
        #expect(got.related == want.related, "\(context)")
        for p in want.articles.indices {
            #expect(Array(got.articleEntities[p]) == Array(want.articleEntities[p]), "\(context) article \(p)")
            #expect(Array(got.articleEvents[p]) == Array(want.articleEvents[p]), "\(context) article \(p)")
            #expect(got.dateMentions(of: p) == want.dateMentions(of: p), "\(context) article \(p)")
            if let url = want.articles[p].url { #expect(got.articlePosition(url: url) == want.articlePosition(url: url)) }
        }
        #expect(got.events.count == want.events.count, "\(context)")
        let dates = want.events.map(\.date)
        for level in [TimelineBuckets.Level.year, .month] {
            #expect(got.timelineTally.buckets(level) == TimelineBuckets(dates: dates, level: level), "\(context) \(level)")
        }
        #expect(got.timelineTally.extent == TimelineExtent(dates: dates), "\(context) extent")
        for (x, (a, b)) in zip(got.events, want.events).enumerated() {
            #expect(a.date == b.date && a.article == b.article && a.start == b.start && a.isRelative == b.isRelative,
                    "\(context) event \(x)")
            #expect(a.expressionStart == b.expressionStart && a.group == b.group, "\(context) event \(x)")
            #expect(Array(got.entities(of: a)) == Array(want.entities(of: b)), "\(context) event \(x)")
            #expect(got.sources(of: a) == want.sources(of: b), "\(context) event \(x)")
        }
    }

    /// The full build over the same articles and analyses.
    static func rebuilt(_ corpus: Corpus) -> Corpus {
        Corpus(articles: corpus.articles, analyses: corpus.analyses)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func randomWritesEqualAFullBuild(seed: UInt64) {
        var g = Generator(state: seed)
        var made = 0
        func next() -> (Article, ArticleAnalysis) {
            made += 1
            return Self.article("a\(made)", &g)
        }
        let start = (0..<4).map { _ in next() }
        // The truth, kept apart from the corpus (whose `analyses` are read back from its tables).
        var articles = start.map(\.0), analyses = start.map(\.1)
        var corpus = Corpus(articles: articles, analyses: analyses)
        var incremental = 0
        for step in 0..<30 {
            let roll = g.next(10)
            if roll < 7 || articles.count < 3 {
                let batch = (0..<(g.next(4) == 0 ? 3 : 1)).map { _ in next() }
                articles += batch.map(\.0)
                analyses += batch.map(\.1)
                if let appended = corpus.appending(batch.map(\.0), analyses: batch.map(\.1)) {
                    incremental += 1
                    corpus = appended
                } else {
                    corpus = Corpus(articles: articles, analyses: analyses)
                }
            } else {
                // A replacement or a deletion: the full build (what `applying` falls back to).
                let p = g.next(articles.count)
                if roll < 9 {
                    let (article, analysis) = Self.article(articles[p].id, &g)
                    articles[p] = article
                    analyses[p] = analysis
                } else {
                    articles.remove(at: p)
                    analyses.remove(at: p)
                }
                corpus = Corpus(articles: articles, analyses: analyses)
            }
            Self.expectSame(corpus, Corpus(articles: articles, analyses: analyses), "seed \(seed) step \(step)")
        }
        #expect(incremental >= 10, "the incremental path ran \(incremental) times")
    }

    /// An entity that gains a form changes which entities share a word: a date whose events
    /// name it is grouped again, though no event of that date is new. (Two reports of one
    /// day, one naming «الإخوان», the other «جماعة أنصار الشريعة»: each names an entity the
    /// other's article lacks, with no word in common, so they are apart — until «الإخوان»
    /// is also written «جماعة الإخوان» elsewhere.)
    @Test func anEntityGainingAFormRegroupsTheDatesThatNameIt() throws {
        let council = ("مجلس الأمن", EntityType.organization, String?.none)
        let sentence = "في بيان صدر عن الاجتماع الطارئ حول الأوضاع الأمنية المتدهورة في المدينة."
        let first = Self.analysed("x1", "أدان مجلس الأمن يوم 5 مارس 2021 هجوم الإخوان \(sentence)",
                                  [council, ("الإخوان", .organization, nil)])
        let second = Self.analysed("x2", "أدان مجلس الأمن يوم 5 مارس 2021 هجوم جماعة أنصار الشريعة \(sentence)",
                                   [council, ("جماعة أنصار الشريعة", .organization, nil)])
        let third = Self.analysed("x3", "أصدرت جماعة الإخوان بيانا.", [("جماعة الإخوان", .organization, nil)])
        let corpus = Corpus(articles: [first.0, second.0], analyses: [first.1, second.1])
        #expect(Set(corpus.events.map(\.group)).count == 2)
        let appended = try #require(corpus.appending([third.0], analyses: [third.1]))
        let full = Corpus(articles: [first.0, second.0, third.0], analyses: [first.1, second.1, third.1])
        #expect(Set(full.events.map(\.group)).count == 1)
        Self.expectSame(appended, full, "a new form")
    }

    /// An entity named by more than `EventGrouping.salientLimit` events of a date stops telling
    /// happenings apart there: a new event naming it changes the shared counts of old pairs, so
    /// the date is compared again in full (a pair that agreed through it no longer does). The
    /// other events keep their candidacy (each pair of fillers shares its own company), so no
    /// weight moves and only that rule can tell.
    @Test func anEntityNoLongerSalientComparesTheDateAgain() throws {
        let un = ("الأمم المتحدة", EntityType.organization, String?.none)
        let council = ("مجلس الأمن", EntityType.organization, String?.none)
        let letters = Array("بتثجحخدسشصطعفقكلمنهي").map(String.init)
        let topics = Self.topics
        var base = [
            Self.analysed("p1", "رحبت الأمم المتحدة مع مجلس الأمن يوم 5 مارس 2021 بالاتفاق الجديد لوقف إطلاق النار في المدينة الساحلية بعد أسابيع القتال.",
                          [un, council]),
            Self.analysed("p2", "رحبت الأمم المتحدة مع مجلس الأمن يوم 5 مارس 2021 بالاتفاق الجديد حول تبادل الأسرى بين الطرفين برعاية إقليمية.",
                          [un, council]),
        ]
        for k in 0..<(EventGrouping.salientLimit - 2) {
            let company = "شركة " + letters[k / 2 % letters.count] + letters[k / 2 / letters.count] + "ور"
            let text = "أعلنت الأمم المتحدة مع \(company) يوم 5 مارس 2021 \(topics[k % topics.count]) في الجلسة رقم \(k)."
            base.append(Self.analysed("f\(k)", text, [un, (company, .organization, nil)]))
        }
        let added = Self.analysed("z1", "قالت الأمم المتحدة يوم 5 مارس 2021 إن المساعدات وصلت إلى المخيمات الشمالية أخيرا.", [un])
        let corpus = Corpus(articles: base.map(\.0), analyses: base.map(\.1))
        func pairGrouped(_ c: Corpus) -> Bool {
            let groups = ["p1", "p2"].compactMap { id in c.events.first { c.articles[$0.article].id == id }?.group }
            return groups.count == 2 && groups[0] == groups[1]
        }
        #expect(pairGrouped(corpus))
        let all = base + [added]
        let full = Corpus(articles: all.map(\.0), analyses: all.map(\.1))
        #expect(!pairGrouped(full))
        let appended = try #require(corpus.appending([added.0], analyses: [added.1]))
        Self.expectSame(appended, full, "an entity no longer salient")
    }

    /// A year and a decade that start on the same day (1990 and 199X) compare neither smaller
    /// nor equal: the timeline put them in whatever order the sort met them, so appending an
    /// article could order them otherwise than a full build. Coarser precision now comes first.
    @Test func aYearAndADecadeStartingTogetherHaveOneOrder() throws {
        func dated(_ id: String, _ precision: TemporalValue.Precision) -> (Article, ArticleAnalysis) {
            let (article, analysis) = Self.analysed(id, "زار باراك أوباما القاهرة في عام 1990 والتقى المسؤولين هناك لبحث الأوضاع.",
                                                    [("باراك أوباما", .person, nil), ("القاهرة", .location, nil)])
            let start = Array(article.text.unicodeScalars).count / 2
            let date = TemporalMention(expression: "عام 1990", start: start, end: start + 1,
                                       value: TemporalValue(year: 1990, precision: precision), isRelative: false)
            return (article, ArticleAnalysis(entityMentions: analysis.entityMentions, dateMentions: [date]))
        }
        let base = [dated("m1", .year), dated("m2", .decade), dated("m3", .year), dated("m4", .decade)]
        let added = [dated("m0", .decade), dated("m5", .year)]
        let corpus = Corpus(articles: base.map(\.0), analyses: base.map(\.1))
        let appended = try #require(corpus.appending(added.map(\.0), analyses: added.map(\.1)))
        let full = Corpus(articles: (base + added).map(\.0), analyses: (base + added).map(\.1))
        #expect(full.events.map(\.date.precision) == [.decade, .decade, .decade, .year, .year, .year])
        Self.expectSame(appended, full, "year and decade")
    }

    /// `applying` takes the incremental path for additions and gives what a full build gives.
    @Test func applyingAnAdditionEqualsAFullBuild() {
        var g = Generator(state: 99)
        let start = (0..<5).map { Self.article("c\($0)", &g) }
        let corpus = Corpus(articles: start.map(\.0), analyses: start.map(\.1))
        let next = corpus.applying([.upsert(SubmittedArticle(id: "new", title: "خبر",
                                                             text: "التقى باراك أوباما جون كيري في الرياض يوم 3 مارس 2021."))])
        #expect(next.articles.count == 6)
        Self.expectSame(next, Self.rebuilt(next), "applying")
    }
}

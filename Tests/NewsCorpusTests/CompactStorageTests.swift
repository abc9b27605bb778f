import Foundation
import ArabicText
import Testing
@testable import NewsCorpus

/// The snapshot stores analyses, events and occurrences compactly; these pin that nothing is
/// lost and that the compact types stay small.
@Suite struct CompactStorageTests {
    static let corpus: Corpus = {
        let loaded = try! CorpusLoader.load(directory: RepoPaths.seeds)
        let extra = [
            "التقى وزير الخارجية سامح شكري في القاهرة يوم 3 مارس 2021 نظيره التونسي. وقال شكري أمس إن الزيارة مهمة.",
            "وفي نوفمبر الماضي زار محمد الأمين مدينة بنغازي برفقة وفد من الأمم المتحدة.",
        ].enumerated().map { i, text in Article(id: "x\(i)", cleaned: ArticleCleaner.clean("عنوان \(i)\n\n" + text)) }
        return Corpus(articles: loaded.articles + extra)
    }()

    @Test func storedAnalysesGiveBackWhatTheAnalysersFound() {
        let fresh = ArticleAnalysis.datingAndAnalyzing(Self.corpus.articles).analyses
        let stored = Self.corpus.analyses
        #expect(stored.count == fresh.count)
        for (i, (a, b)) in zip(stored, fresh).enumerated() {
            #expect(a.entityMentions == b.entityMentions, "article \(i)")
            #expect(a.dateMentions == b.dateMentions, "article \(i)")
            #expect(Self.corpus.analysis(at: i).entityMentions == b.entityMentions)
        }
        #expect(fresh.contains { !$0.entityMentions.isEmpty && !$0.dateMentions.isEmpty })
    }

    /// A given name alone is a local name (one person of its article): the stored form and the
    /// analysis cache rebuilt it without the flag until round 19, so after a restart from the
    /// cache thousands of strangers named `محمد` would have merged.
    @Test func aLocalNameStaysLocalWhenRebuilt() throws {
        let text = "وقال محمد إن الاجتماع انتهى، وأضاف محمد أن اللجنة ستجتمع غدا."
        // Dated, as the analysis cache keeps only dated articles.
        let corpus = Corpus(articles: []).applying([.upsert(SubmittedArticle(id: "local", title: "عنوان", text: text, published: "2021-03-04"))])
        let fresh = ArticleAnalysis.datingAndAnalyzing(corpus.articles).analyses[0].entityMentions
        #expect(fresh.contains { $0.isLocal }, "\(fresh)")
        #expect(corpus.analysis(at: 0).entityMentions == fresh)
        #expect(corpus.analyses[0].entityMentions == fresh)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-local-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try corpus.analysisCache().save(in: dir)
        let cached = AnalysisCache.load(folder: dir).cache
        #expect(cached.count == 1)
        #expect(cached.analysis(of: corpus.articles[0])?.entityMentions == fresh)
    }

    @Test func eventTextsAreTheArticleWordsAtTheirOffsets() {
        #expect(!Self.corpus.events.isEmpty)
        let c = Self.corpus
        for event in c.events {
            let article = c.articles[event.article]
            #expect(c.articleId(of: event) == article.id)
            let scalars = Array(article.text.unicodeScalars)
            func words(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
            #expect(c.text(of: event) == words(event.start, event.end))
            #expect(c.expression(of: event) == words(event.expressionStart, event.expressionEnd))
            #expect(c.sources(of: event).contains(article.id))
            #expect(event.sourceCount == c.sources(of: event).count)
            #expect(c.articleEvents[event.article].contains { c.events[Int($0)].start == event.start })
        }
        #expect(c.events.contains { !c.entities(of: $0).isEmpty })
    }

    @Test func occurrencesNameTheirEntityForms() {
        for entity in Self.corpus.entities {
            for o in entity.mentions {
                let text = entity.text(of: o)
                #expect(text == entity.name || entity.aliases.contains(text))
                #expect(entity.mentions(inArticle: o.article).contains(o))
            }
        }
    }

    @Test func compactTypesStaySmall() {
        #expect(MemoryLayout<TextSpan>.stride == 8)
        #expect(MemoryLayout<TemporalValue>.stride == 16)
        #expect(MemoryLayout<TemporalValue?>.stride == 16)
        #expect(MemoryLayout<EntityOccurrence>.stride == 20)
        #expect(MemoryLayout<TimelineEvent>.stride == 72)
        #expect(MemoryLayout<RelatedEntity>.stride == 8)
        var related = RelatedEntity(entity: 59_041, count: 1_234_567)
        #expect(related.entity == 59_041 && related.count == 1_234_567)
        related.count += 1
        #expect(related == RelatedEntity(entity: 59_041, count: 1_234_568))
    }

    @Test func temporalValueKeepsMissingParts() {
        let v = TemporalValue(year: nil, month: 9, day: 26, precision: .day)
        #expect(v.year == nil && v.month == 9 && v.day == 26)
        #expect(v.description == "XXXX-09-26")
        let y = TemporalValue(year: 1990, precision: .decade)
        #expect(y.month == nil && y.day == nil && y.description == "199X")
        #expect(TemporalValue(year: 2014, precision: .year) != TemporalValue(year: 2014, month: 1, precision: .year))
    }

    @Test func compactedArraysHaveNoSpareCapacity() {
        var grown: [Int] = []
        for i in 0..<1500 { grown.append(i) }
        let compact = grown.compacted()
        #expect(compact == grown)
        #expect(compact.capacity < grown.capacity)
    }
}

/// Lists stored end to end read back as they went in.
@Suite struct FlatListsTests {
    @Test func listsReadBackInOrderIncludingEmptyOnes() {
        let lists: [[Int32]] = [[3, 1], [], [7], [], [], [2, 2, 9]]
        let flat = FlatLists(lists)
        #expect(flat.count == lists.count)
        for (i, list) in lists.enumerated() { #expect(Array(flat[i]) == list) }
        #expect(flat[5].contains(9) && !flat[4].contains(9))
        #expect(FlatLists([[Int32]]()).isEmpty)
    }
}


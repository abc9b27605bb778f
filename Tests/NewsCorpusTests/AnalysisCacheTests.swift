import ArabicText
import Foundation
import Testing
@testable import NewsCorpus

/// The analysis cache kept with the journal: a restart that reuses it builds the same corpus as
/// one that analyses again; anything that does not match (weights, code version, text, a
/// damaged file) is analysed instead.
@Suite struct AnalysisCacheTests {
    /// The seeds and two more texts as dated API submissions (only dated articles are cached).
    static let submissions: [ArticleChange] = {
        let seeds = try! CorpusLoader.load(directory: RepoPaths.seeds).articles
        let extra = [
            "التقى وزير الخارجية سامح شكري في القاهرة يوم 3 مارس 2021 نظيره التونسي. وقال شكري أمس إن الزيارة مهمة.",
            "وفي نوفمبر الماضي زار محمد الأمين مدينة بنغازي برفقة وفد من الأمم المتحدة في 5 رمضان 1442 هـ.",
        ]
        return seeds.enumerated().map { i, a in
            .upsert(SubmittedArticle(id: a.id, title: a.title, text: a.text, published: "2021-0\(i % 9 + 1)-1\(i % 10)"))
        } + extra.enumerated().map { i, text in
            .upsert(SubmittedArticle(id: "x\(i)", title: "عنوان \(i)", text: text, published: "2021-03-0\(i + 4)"))
        }
    }()
    static let fresh = Corpus(articles: []).applying(submissions)

    func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("marsad-analysis-cache-\(UUID().uuidString)").path
    }

    func cache(_ bytes: [UInt8], _ fingerprint: AnalysisFingerprint = .current) throws -> AnalysisCache {
        try AnalysisCache(bytes: bytes, fingerprint: fingerprint)
    }

    @Test func cachedLoadEqualsFreshAnalysis() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let writer = Self.fresh.analysisCache()
        #expect(writer.count == Self.fresh.articles.count)
        try writer.save(in: dir)
        let (cache, warning) = AnalysisCache.load(folder: dir)
        #expect(warning == nil)
        #expect(cache.count == Self.fresh.articles.count)
        let cached = Corpus(articles: []).applying(Self.submissions, cache: cache)
        #expect(cache.reusedCount == Self.fresh.articles.count)
        let (a, b) = (cached.analyses, Self.fresh.analyses)
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(x.entityMentions == y.entityMentions)
            #expect(x.dateMentions == y.dateMentions)
        }
        #expect(a.contains { $0.dateMentions.contains { $0.hijri != nil } })
        #expect(a.contains { $0.entityMentions.contains { $0.role != nil } })
        #expect(cached.entities.map(\.id) == Self.fresh.entities.map(\.id))
        #expect(cached.entities.map(\.mentions) == Self.fresh.entities.map(\.mentions))
        #expect(cached.entities.map(\.aliases) == Self.fresh.entities.map(\.aliases))
        #expect(cached.events.count == Self.fresh.events.count)
        for (x, y) in zip(cached.events, Self.fresh.events) {
            #expect(x.date == y.date && x.article == y.article && x.start == y.start && x.group == y.group)
        }
        #expect(cached.articles.map(\.published) == Self.fresh.articles.map(\.published))
    }

    /// The cache is really read: an entry made up for one article's key is what that article gets.
    @Test func aMatchingEntryIsUsedAsIs() throws {
        let article = Self.fresh.articles[0]
        let key = try #require(AnalysisKey(article: article))
        var writer = AnalysisCacheWriter()
        let madeUp = ArticleAnalysis(entityMentions: [EntityMention(type: .location, name: "مكان", start: 0, end: 3)],
                                     dateMentions: [])
        writer.add(madeUp, key: key)
        let cache = try cache(writer.bytes())
        #expect(cache.analysis(of: article)?.entityMentions == madeUp.entityMentions)
        #expect(cache.analysis(of: Self.fresh.articles[1]) == nil)
    }

    /// A given name alone (`isLocal`) keeps its scope through the cache: read back as corpus-wide,
    /// every `محمد` of the restarted corpus would merge into one person.
    @Test func aLocalNameStaysLocalThroughTheCache() throws {
        let article = Self.fresh.articles[0]
        let key = try #require(AnalysisKey(article: article))
        var writer = AnalysisCacheWriter()
        let mentions = [EntityMention(type: .person, name: "محمد", start: 0, end: 4, isLocal: true),
                        EntityMention(type: .person, name: "محمد", start: 9, end: 13, role: "الوزير")]
        writer.add(ArticleAnalysis(entityMentions: mentions, dateMentions: []), key: key)
        #expect(try cache(writer.bytes()).analysis(of: article)?.entityMentions.map(\.isLocal) == [true, false])
    }

    @Test func anotherTextTitleOrDateMisses() throws {
        let cache = try cache(Self.fresh.analysisCache().bytes())
        guard case .upsert(let s) = Self.submissions[0] else { return }
        var text = s, title = s, date = s
        text.text += " وأضاف."
        title.title = (s.title ?? "") + "!"
        date.published = "2019-01-01"
        for changed in [text, title, date] {
            #expect(cache.analysis(of: changed.article()) == nil)
        }
        #expect(cache.analysis(of: s.article()) != nil)
        // An undated article (dated from its content against today) is never taken from the cache.
        var undated = s
        undated.published = nil
        #expect(AnalysisKey(article: undated.article()) == nil)
    }

    @Test func anotherModelOrAnalysisVersionInvalidates() throws {
        let bytes = Self.fresh.analysisCache().bytes()
        let now = AnalysisFingerprint.current
        #expect(try cache(bytes, now).count == Self.fresh.articles.count)
        for other in [AnalysisFingerprint(version: now.version + 1, model: now.model),
                      AnalysisFingerprint(version: now.version, model: now.model ^ 1)] {
            #expect(throws: AnalysisCache.Rejected.self) { try cache(bytes, other) }
        }
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try AnalysisCacheWriter(fingerprint: AnalysisFingerprint(version: now.version, model: now.model ^ 1)).save(in: dir)
        let (loaded, warning) = AnalysisCache.load(folder: dir)
        #expect(loaded.count == 0)
        #expect(warning?.contains("outdated") == true)
    }

    @Test func aDamagedOrTruncatedFileIsIgnored() throws {
        let bytes = Self.fresh.analysisCache().bytes()
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        var damaged: [[UInt8]] = [flipped, Array(bytes.prefix(bytes.count - 1)), Array(bytes.prefix(bytes.count / 3)), [], Array("garbage".utf8)]
        // A well-formed checksum over malformed contents: still refused, never a crash.
        var lying = Array(bytes.prefix(40)) + [UInt8](repeating: 0xFF, count: 64)
        lying += withUnsafeBytes(of: CRC32.checksum(lying).littleEndian, Array.init)
        damaged.append(lying)
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for file in damaged {
            #expect(throws: AnalysisCache.Rejected.self) { try cache(file) }
            try Data(file).write(to: URL(fileURLWithPath: dir).appendingPathComponent(AnalysisCache.fileName))
            let (loaded, warning) = AnalysisCache.load(folder: dir)
            #expect(loaded.count == 0)
            #expect(warning != nil)
            let corpus = Corpus(articles: []).applying(Self.submissions, cache: loaded)
            #expect(corpus.entities.map(\.id) == Self.fresh.entities.map(\.id))
        }
    }

    @Test func writingReplacesTheFileWhole() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try AnalysisCacheWriter().save(in: dir)
        #expect(AnalysisCache.load(folder: dir).cache.count == 0)
        try Self.fresh.analysisCache().save(in: dir)
        #expect(AnalysisCache.load(folder: dir).cache.count == Self.fresh.articles.count)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(names == [AnalysisCache.fileName])
    }

    /// What the analysers find in the seeds, pinned with the analysis version: a change to the
    /// analysis code that moves it must bump `AnalysisFingerprint.analysisVersion` (else a
    /// restart would keep serving the old analyses from the cache), then update this digest.
    /// A change of the weights alone needs only the digest (the weights are fingerprinted).
    @Test func analysisVersionIsBumpedWhenTheAnalysisChanges() {
        var digest = Digest128()
        for analysis in Self.fresh.analyses {
            for m in analysis.entityMentions { digest.add("\(m.type) \(m.name) \(m.start) \(m.end) \(m.role ?? "-")" + (m.isLocal ? " local" : "")) }
            for m in analysis.dateMentions {
                digest.add("\(m.expression) \(m.start) \(m.end) \(m.value.map { "\($0)" } ?? "-") \(m.isRelative) \(m.hijri.map { "\($0)" } ?? "-")")
            }
        }
        let pinned: (version: UInt32, digest: String) = (68, "c333c47251747252")
        #expect(AnalysisFingerprint.analysisVersion == pinned.version && String(digest.key.high, radix: 16) == pinned.digest,
                "the seeds' analysis changed (digest \(String(digest.key.high, radix: 16))): bump AnalysisFingerprint.analysisVersion if the code changed, then update the pinned pair")
    }
}

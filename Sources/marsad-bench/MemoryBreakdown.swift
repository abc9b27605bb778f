import ArabicText
import NewsAPI
import NewsCorpus
import SearchIndex

/// Where the memory of a built snapshot goes: builds one synthetic corpus, then takes its parts
/// apart one at a time and reads how many heap bytes each release gives back. Storage shared by
/// two parts (copy-on-write strings and arrays) is counted with the part released last.
struct MemoryBreakdown {
    let generator: SyntheticCorpus

    func run(size: Int) -> [String] {
        var raw = generator.generate(count: size)
        let rawBytes = raw.reduce(0) { $0 + $1.text.utf8.count }
        var articles = raw.map { Article(id: $0.id, cleaned: ArticleCleaner.clean($0.text)) }
        raw = []
        var corpus: Corpus? = Corpus(articles: articles)
        articles = []
        return Self.measure(&corpus, rawBytes: rawBytes, label: "\(size) synthetic articles")
    }

    /// `--breakdown-data FOLDER`: the same for the articles of a data folder's journal, analyses
    /// taken from its analysis cache where it has them (run `marsad --data FOLDER` once first).
    static func run(dataFolder: String) throws -> [String] {
        let fixed = fixedTables()
        let (changes, _) = try JournalStore(folder: dataFolder).load()
        var rawBytes = 0
        for case .upsert(let s) in changes { rawBytes += s.text.utf8.count }
        let cache = AnalysisCache.load(folder: dataFolder).cache
        var corpus: Corpus? = Corpus(articles: []).applying(consume changes, cache: cache)
        let count = corpus!.articles.count
        let start = ContinuousClock.now
        var decoded = 0
        for article in corpus!.articles { decoded &+= article.text.utf8.count }
        let decoding = ContinuousClock.now - start
        return ["analysis cache: \(cache.reusedCount) of \(count) analyses reused",
                String(format: "fixed tables (entity model, gazetteers, lexicons; first analysis and index of one line): %.2f MiB",
                       Double(fixed) / 1_048_576),
                "decoding every stored text (\(decoded) UTF-8 bytes) once: \(decoding)"]
            + measure(&corpus, rawBytes: rawBytes, label: "\(count) articles of \(dataFolder)")
    }

    /// Heap bytes the tables loaded on first use take: the entity model's weights, gazetteers,
    /// the date lexicon and the stem lexicon (read when one short article is analysed and indexed).
    static func fixedTables() -> Int {
        let before = HeapUsage.inUse()
        let article = Article(id: "fixed", cleaned: ArticleCleaner.clean("قال الوزير محمد بن سلمان في الرياض يوم 3 مارس 2015 إن المملكة تستضيف المؤتمر."))
        let analysis = ArticleAnalysis(article: article)
        let index = InvertedIndex(documents: [IndexedDocument(id: article.id, title: article.title, body: article.storedText)])
        withExtendedLifetime((analysis, index)) {}
        return HeapUsage.inUse() - before
    }

    /// Heap bytes of each part of `corpus`'s snapshot, released one by one (`corpus` ends nil).
    static func measure(_ corpus: inout Corpus?, rawBytes: Int, label: String) -> [String] {
        var rows: [(String, Int)] = []
        let beforeIndex = HeapUsage.inUse()
        var index: InvertedIndex? = InvertedIndex(documents: corpus!.articles.map {
            IndexedDocument(id: $0.id, title: $0.title, body: $0.storedText)
        })
        let indexBytes = HeapUsage.inUse() - beforeIndex
        let beforeSnapshot = HeapUsage.inUse()
        var snapshot: Snapshot? = Snapshot(corpus: corpus!)
        rows.append(("snapshot: pre-encoded bodies + first pages", HeapUsage.inUse() - beforeSnapshot - indexBytes))
        rows.append(("search index (postings, vocabulary, suggester)", indexBytes))
        let statistics = index!.statistics
        rows.append(("  of which posting store (\(statistics.postings) postings)", statistics.postingBytes))
        rows.append(("  of which ranking bounds", statistics.boundBytes))
        rows.append(("  of which sentence table", statistics.sentenceBytes))
        rows.append(("  of which vocabulary (words, stems, their tables)", statistics.vocabularyBytes))
        rows.append(("  of which spelling suggester", statistics.suggesterBytes))
        rows.append(("  of which joined stems (\(statistics.joinedStems) pairs, estimated)", statistics.joinedStemBytes))
        snapshot = nil
        index = nil

        // Copy the parts out, then release the corpus and each part in turn.
        var texts = Optional(corpus!.articles.map(\.storedText))
        var paragraphs: [[TextSpan]]? = corpus!.articles.map(\.paragraphs)
        var sentences: [[TextSpan]]? = corpus!.articles.map(\.sentences)
        var entities: [CorpusEntity]? = corpus!.entities
        var articleEntities: FlatLists<Int32>? = corpus!.articleEntities
        var events: [TimelineEvent]? = corpus!.events
        var records: [Article]? = corpus!.articles
        var articleEvents: FlatLists<Int32>? = corpus!.articleEvents
        func release(_ name: String, _ body: () -> Void) {
            let before = HeapUsage.inUse()
            body()
            rows.append((name, before - HeapUsage.inUse()))
        }
        rows.append(("  of which append state (estimate: resolution keys, timeline candidates' terms)", corpus!.appendStateBytes))
        for part in corpus!.appendStateParts { rows.append(("    \(part.name) (estimate)", part.bytes)) }
        release("corpus: id/position tables, related entities, date mentions, event entity lists, append state") { corpus = nil }
        release("article records (ids, titles, URLs, sources, links; texts and offsets below)") { records = nil }
        release("timeline events (spans, sources, entity lists)") { events = nil }
        release("per-article event positions") { articleEvents = nil }
        var mentions: [[EntityOccurrence]]? = entities!.map(\.mentions)
        var entityStrings: [(String, String, [String], [String])]? = entities!.map { ($0.id, $0.name, $0.aliases, $0.roles) }
        let mentionCount = mentions!.reduce(0) { $0 + $1.count }
        release("entities (\(entities!.count) objects: the objects and their match keys)") { entities = nil }
        release("entities: occurrences (\(mentionCount) mentions)") { mentions = nil }
        release("entities: id, name, aliases, roles") { entityStrings = nil }
        release("per-article entity lists") { articleEntities = nil }
        release("sentence offsets") { sentences = nil }
        release("paragraph offsets") { paragraphs = nil }
        release("article text (stored)") { texts = nil }
        let mib = { (b: Int) in String(format: "%8.2f MiB  %5.2f× raw", Double(b) / 1_048_576, Double(b) / Double(max(1, rawBytes))) }
        var lines = ["== Heap by structure, \(label), raw text \(String(format: "%.2f", Double(rawBytes) / 1_048_576)) MiB (mallinfo2 in-use deltas)"]
        for (name, bytes) in rows { lines.append("\(mib(bytes))  \(name)") }
        lines.append("\(mib(rows.filter { !$0.0.hasPrefix(" ") }.reduce(0) { $0 + $1.1 }))  total")
        return lines
    }
}

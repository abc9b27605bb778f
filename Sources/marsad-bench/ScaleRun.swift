import Foundation
import ArabicText
import HTTPCore
import NewsAPI
import NewsCorpus
import SearchIndex

/// Measures one corpus size in this process: generation, then load (cleaning), dating and
/// analysis, the corpus tables, the snapshot (index and encoded bodies), memory, and search
/// latency through the router and through the raw index.
struct ScaleRun {
    let generator: SyntheticCorpus
    let rounds: Int

    func run(size: Int) throws -> ScaleResult {
        var result = ScaleResult()
        var phases = PhasePeak()
        let clock = ContinuousClock()
        var articles: [Article] = []
        var cpu = 0.0
        // Generated and loaded a batch at a time, as the loader reads one file at a time; the
        // generation itself is left out of the times and the CPU figure.
        HeapTuning.keepLargeBlocksMapped()  // as the loader does
        var stream = generator.stream()
        var generationCPU = 0.0
        cpu = CPUTime.process()
        articles.reserveCapacity(size)
        while articles.count < size {
            let c = CPUTime.process()
            let raw = stream.next(min(1000, size - articles.count))
            generationCPU += CPUTime.process() - c
            result.rawBytes += raw.reduce(0) { $0 + $1.text.utf8.count }
            result.load += clock.measure {
                for r in raw { articles.append(Article(id: r.id, cleaned: ArticleCleaner.clean(r.text))) }
            }.seconds
        }
        // The same steps as `Corpus(articles:)`, timed apart.
        phases.mark("load")
        var analyses: [ArticleAnalysis] = []
        result.analysis = clock.measure {
            (articles, analyses) = ArticleAnalysis.datingAndAnalyzing(articles)
        }.seconds
        phases.mark("analysis")
        var corpus: Corpus?
        result.corpus = clock.measure { corpus = Corpus(articles: articles, analyses: analyses) }.seconds
        phases.mark("corpus")
        articles = []
        analyses = []
        var built: Snapshot?
        result.snapshot = clock.measure { built = Snapshot(corpus: corpus!) }.seconds
        phases.mark("snapshot")
        corpus = nil
        result.buildCPU = CPUTime.process() - cpu - generationCPU
        let snapshot = built!
        let memory = ProcessMemory.current()
        result.resident = memory.resident
        result.peak = max(memory.peak, phases.highest)
        result.heap = HeapUsage.inUse()
        result.articles = snapshot.corpus.articles.count
        result.entities = snapshot.corpus.entities.count
        result.events = snapshot.corpus.events.count

        // On a thread of its own, as the server's event loops answer (see `RequestThread`).
        let measured = try RequestThread.run { [self] in
            var searched = ScaleResult()
            try measureSearch(snapshot, into: &searched)
            return searched
        }
        result.routerCPUP50 = measured.routerCPUP50
        result.routerCPUP99 = measured.routerCPUP99
        result.indexCPUP50 = measured.indexCPUP50
        result.indexCPUP99 = measured.indexCPUP99
        result.routerP50 = measured.routerP50
        result.routerP99 = measured.routerP99
        result.indexP50 = measured.indexP50
        result.indexP99 = measured.indexP99
        // The index alone (built again, after the memory reading), to split the snapshot time.
        let documents = snapshot.corpus.articles.map { IndexedDocument(id: $0.id, title: $0.title, text: $0.text) }
        result.index = clock.measure { _ = InvertedIndex(documents: documents) }.seconds
        return result
    }

    private func measureSearch(_ snapshot: Snapshot, into result: inout ScaleResult) throws {
        let router = try NewsService(store: SnapshotStore(snapshot)).router()
        let top = snapshot.corpus.entities.max { $0.mentionCount < $1.mentionCount }?.id
        let mix = QueryMix.queries(topEntity: top)
        let parsed = try mix.map { try SearchQuery(parsing: $0.q) }
        let requests = mix.map { query in
            Request(method: .get, target: "/api/search", path: "/api/search",
                    query: QueryParameters([.init(name: "q", value: query.q)]
                        + query.filters.map { .init(name: $0.0, value: $0.1) }))
        }
        for request in requests {
            let status = router.respond(to: request).status.code
            precondition(status == 200, "search \(request.query) answered \(status)")
        }
        let clock = ContinuousClock()
        var viaRouter = LatencySample(), viaIndex = LatencySample()
        var routerCPU = LatencySample(), indexCPU = LatencySample()
        var perQuery = Array(repeating: LatencySample(), count: requests.count)
        for _ in 0..<rounds {
            for (q, request) in requests.enumerated() {
                let c = CPUTime.thread()
                viaRouter.add(clock.measure { _ = router.respond(to: request) })
                let cpu = Duration.nanoseconds(Int64((CPUTime.thread() - c) * 1e9))
                routerCPU.add(cpu)
                perQuery[q].add(cpu)
            }
            for query in parsed {
                let c = CPUTime.thread()
                viaIndex.add(clock.measure { _ = snapshot.index.search(query, limit: 20) })
                indexCPU.add(.nanoseconds(Int64((CPUTime.thread() - c) * 1e9)))
            }
        }
        if ProcessInfo.processInfo.environment["MARSAD_BENCH_PER_QUERY"] == "1" {
            for (q, query) in mix.enumerated() {
                FileHandle.standardError.write(Data(String(format: "  %-28@ %-16@ p50 %.3f ms  max %.3f ms\n",
                    query.q as NSString, query.kind as NSString, perQuery[q].percentile(50).milliseconds,
                    perQuery[q].percentile(100).milliseconds).utf8))
            }
        }
        result.routerCPUP50 = routerCPU.percentile(50).milliseconds
        result.routerCPUP99 = routerCPU.percentile(99).milliseconds
        result.indexCPUP50 = indexCPU.percentile(50).milliseconds
        result.indexCPUP99 = indexCPU.percentile(99).milliseconds
        result.routerP50 = viaRouter.percentile(50).milliseconds
        result.routerP99 = viaRouter.percentile(99).milliseconds
        result.indexP50 = viaIndex.percentile(50).milliseconds
        result.indexP99 = viaIndex.percentile(99).milliseconds
    }
}

extension Duration {
    /// Seconds as a Double.
    var seconds: Double { milliseconds / 1000 }
}

import NewsAPI
import NewsCorpus

/// Start-up on a real corpus folder, as `marsad` does it: load, analyse, snapshot.
struct StartupRun {
    let folder: String

    /// Seconds for (load, corpus analysis, snapshot).
    func run() throws -> (load: Double, corpus: Double, snapshot: Double) {
        let clock = ContinuousClock()
        Snapshot.warmUp()
        var loaded: CorpusLoader.Result?
        let load = try clock.measure { loaded = try CorpusLoader.load(directory: folder) }
        var corpus: Corpus?
        let analyse = clock.measure { corpus = Corpus(articles: loaded!.articles) }
        var snapshot: Snapshot?
        let snap = clock.measure { snapshot = Snapshot(corpus: corpus!) }
        precondition(snapshot!.corpus.articles.count == loaded!.articles.count)
        return (load.seconds, analyse.seconds, snap.seconds)
    }
}

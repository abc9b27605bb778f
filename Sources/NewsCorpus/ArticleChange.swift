import Foundation

/// An article as submitted through the API: what a store keeps to rebuild it.
public struct SubmittedArticle: Sendable, Equatable, Codable {
    public var id: String
    /// The given title; nil (a bulk line without one) takes it from the text, as for a corpus file.
    public var title: String?
    public var text: String
    /// ISO date: `2020-11-13`, `2020-11` or `2020`.
    public var published: String?
    public var source: String?
    public var url: String?

    public init(id: String, title: String?, text: String, published: String? = nil, source: String? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.published = published
        self.source = source
        self.url = url
    }

    /// The article this submission describes (undated unless `published` is given; the corpus
    /// dates it from its content when it is analysed). Without a title, the title is the
    /// text's first sentence, which stays in the body (API text loses no line to a heading).
    public func article() -> Article {
        let cleaned = ArticleCleaner.clean(text, providedTitle: title, takesHeading: false)
        let metadata = ArticleMetadata(title: title, published: published.flatMap(ISODateParser.parse),
                                       source: source, url: url)
        return Article(id: id, cleaned: cleaned, metadata: metadata, origin: .added)
    }
}

/// One accepted write, in the order it was accepted.
public enum ArticleChange: Sendable, Equatable, Codable {
    /// Adds an article or replaces an added one.
    case upsert(SubmittedArticle)
    /// Removes an added article, or hides a corpus article.
    case delete(id: String)
    /// Subscribes to a feed, or changes a subscription (same id). Leaves the articles alone.
    case feed(FeedRecord)
    /// Ends the subscription `id`; the articles it brought stay.
    case removeFeed(id: String)
    /// Corrects the entity table (rename, retype, merge, split, hide; `EntityCorrections`).
    case correction(EntityCorrection)
    /// Undoes the correction `id`; it stays in the log, marked undone by `who` at `when`.
    case undoCorrection(id: String, who: String, when: String)
}

/// Where accepted writes are kept so that they survive a restart. The data folder's journal
/// implements it; a shared database could replace it for several replicas.
public protocol ArticleStore: Sendable {
    /// Every change recorded so far, in order, and warnings about records that were skipped.
    func load() throws -> (changes: [ArticleChange], warnings: [String])
    /// Records `change` durably; returns only once it would survive a crash.
    func append(_ change: ArticleChange) throws
    /// Records `changes` durably, in order, all or none acknowledged together; returns only once
    /// they would all survive a crash (one `fsync` for the batch where the store allows it).
    func append(contentsOf changes: [ArticleChange]) throws
    /// Records `changes` like `append(contentsOf:)` and returns what to apply to this process's
    /// corpus now, in order, ending with `changes`. A store shared by several processes first
    /// returns the changes the others recorded that this one has not applied yet, and counts
    /// all of them applied: call it under the snapshot's writer lock and apply its result there.
    func record(_ changes: [ArticleChange]) throws -> [ArticleChange]
}

/// A store that cannot take writes now (its database is unreachable); `reason` is safe to show
/// to a client.
public struct StoreUnavailable: Error, Equatable, CustomStringConvertible {
    public let reason: String
    public init(reason: String) { self.reason = reason }
    public var description: String { reason }
}

extension ArticleStore {
    /// One `append` per change (stores without a cheaper batch).
    public func append(contentsOf changes: [ArticleChange]) throws {
        for change in changes { try append(change) }
    }

    /// Appends `changes` and returns them (a store that only this process writes).
    public func record(_ changes: [ArticleChange]) throws -> [ArticleChange] {
        try append(contentsOf: changes)
        return changes
    }
}

/// Keeps nothing: writes live in memory until the process ends.
public struct VolatileArticleStore: ArticleStore {
    public init() {}
    public func load() throws -> (changes: [ArticleChange], warnings: [String]) { ([], []) }
    public func append(_ change: ArticleChange) throws {}
    public func append(contentsOf changes: [ArticleChange]) throws {}
}

extension Corpus {
    /// The corpus with `changes` applied in order. The submitted articles that survive the
    /// batch are analysed together, on all cores, and the derived tables (entities, timeline)
    /// are rebuilt once for the whole batch: a bulk import costs one rebuild, not one per line.
    /// `prepared` may hold, by id, the article the batch's last upsert of that id describes
    /// (already cleaned by the caller), so that it is not cleaned again.
    /// When the batch only adds articles (new ids, no correction) the tables are updated from the
    /// new articles instead (`appending(_:analyses:)`), with the same result.
    /// The changes are consumed: a journal replay's submitted texts (the size of the corpus) are
    /// released once their articles are built, before the analysis and the tables. Articles whose
    /// analysis `cache` holds are not analysed again.
    public func applying(_ changes: consuming [ArticleChange], prepared: [String: Article] = [:],
                         cache: AnalysisCache? = nil) -> Corpus {
        guard !changes.isEmpty else { return self }
        if let added = newArticlesOnly(changes) {
            // Only new ids (each once) after the articles kept: no slot table, no id table.
            changes = []
            let (dated, analyzed) = ArticleAnalysis.datingAndAnalyzing(Self.build(added, prepared: prepared), cache: cache)
            if let appended = appending(dated, analyses: analyzed) { return appended }
            return Corpus(articles: articles + dated, analyses: analyses + analyzed, corrections: corrections)
        }
        enum Slot { case kept(Int), submitted(Int) }
        var slots: [Slot] = articles.indices.map { .kept($0) }
        var submissions: [SubmittedArticle] = []
        var corrections = self.corrections
        var correctionsChanged = false
        var positions = articles.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        for change in changes {
            switch change {
            case .upsert(let submitted):
                submissions.append(submitted)
                if let i = positions[submitted.id] {
                    slots[i] = .submitted(submissions.count - 1)
                } else {
                    positions[submitted.id] = slots.count
                    slots.append(.submitted(submissions.count - 1))
                }
            case .delete(let id):
                guard let i = positions.removeValue(forKey: id) else { continue }
                slots.remove(at: i)
                for j in i..<slots.count {
                    switch slots[j] {
                    case .kept(let k): positions[articles[k].id] = j
                    case .submitted(let k): positions[submissions[k].id] = j
                    }
                }
            case .feed, .removeFeed:
                continue
            case .correction, .undoCorrection:
                CorrectionLog.record(change, in: &corrections)
                correctionsChanged = true
            }
        }
        var wanted: [Int] = []
        for case .submitted(let k) in slots { wanted.append(k) }
        changes = []
        let built = Self.build(wanted.map { submissions[$0] }, prepared: prepared)
        submissions = []
        let (dated, analyzed) = ArticleAnalysis.datingAndAnalyzing(built, cache: cache)
        // Articles only added after the ones kept, in order: the tables are updated, not rebuilt.
        // (A first load or a batch larger than the corpus is built in full, on all cores.)
        let appendsOnly = !correctionsChanged && wanted.count < articles.count && slots.count == articles.count + wanted.count
            && slots.indices.allSatisfy { i in
                switch slots[i] {
                case .kept(let k): i < articles.count && k == i
                case .submitted: i >= articles.count
                }
            }
        if appendsOnly, !dated.isEmpty, let appended = appending(dated, analyses: analyzed) {
            return appended
        }
        var fresh: [Int: Int] = [:]
        for (n, k) in wanted.enumerated() { fresh[k] = n }
        let previous = slots.contains { if case .kept = $0 { true } else { false } } ? self.analyses : []
        var nextArticles: [Article] = []
        var nextAnalyses: [ArticleAnalysis] = []
        nextArticles.reserveCapacity(slots.count)
        nextAnalyses.reserveCapacity(slots.count)
        for slot in slots {
            switch slot {
            case .kept(let k):
                nextArticles.append(articles[k])
                nextAnalyses.append(previous[k])
            case .submitted(let k):
                nextArticles.append(dated[fresh[k]!])
                nextAnalyses.append(analyzed[fresh[k]!])
            }
        }
        return Corpus(articles: nextArticles, analyses: nextAnalyses, corrections: corrections)
    }

    /// The submissions of `changes` when they are all additions the tables can be updated with
    /// (`appending`): upserts of ids the corpus lacks, each once, fewer than the corpus holds,
    /// and no deletion or correction (feed changes leave the articles alone). Nil otherwise.
    private func newArticlesOnly(_ changes: [ArticleChange]) -> [SubmittedArticle]? {
        guard corrections.isEmpty, changes.count < articles.count else { return nil }
        var added: [SubmittedArticle] = []
        var ids = Set<String>()
        for change in changes {
            switch change {
            case .upsert(let submitted):
                guard articlePosition(id: submitted.id) == nil, ids.insert(submitted.id).inserted else { return nil }
                added.append(submitted)
            case .feed, .removeFeed:
                continue
            case .delete, .correction, .undoCorrection:
                return nil
            }
        }
        return added.isEmpty ? nil : added
    }

    /// The articles `submitted` describes (or their `prepared` versions), on all cores.
    private static func build(_ submitted: [SubmittedArticle], prepared: [String: Article]) -> [Article] {
        ConcurrentMap.map(submitted) { prepared[$0.id] ?? $0.article() }
    }
}

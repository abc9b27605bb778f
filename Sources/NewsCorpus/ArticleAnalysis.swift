import ArabicText
import EntityModel
import Dispatch
import Foundation
import Synchronization

/// What the text analysers found in one article. Kept per article so that a change to the
/// corpus re-analyses only the articles that changed.
public struct ArticleAnalysis: Sendable {
    public var entityMentions: [EntityMention]
    public var dateMentions: [TemporalMention]

    public init(entityMentions: [EntityMention], dateMentions: [TemporalMention]) {
        self.entityMentions = entityMentions
        self.dateMentions = dateMentions
    }

    /// Analyses one article; relative dates are anchored on the article's own date.
    public init(article: Article, recognizer: any EntityRecognizing = LearnedEntityRecognizer.standard, tagger: DateTagger = DateTagger()) {
        let text = article.text
        self.init(entityMentions: recognizer.recognize(in: text).compacted(),
                  dateMentions: tagger.tag(text, anchor: article.published).compacted())
    }

    /// Dates each article without a date from its content (the estimate is marked as such) and
    /// analyses it, on all cores; an undated text is tokenised for dates once. An article whose
    /// analysis `cache` holds is not analysed again.
    public static func datingAndAnalyzing(_ articles: [Article], cache: AnalysisCache? = nil) -> (articles: [Article], analyses: [ArticleAnalysis]) {
        HeapTuning.keepLargeBlocksMapped()
        let recognizer = LearnedEntityRecognizer.standard
        let tagger = DateTagger()
        let interner = StringInterner()
        let today = PublicationDate.today()
        let pairs = ConcurrentMap.map(articles, state: { recognizer.worker() }) { worker, article -> (Article, ArticleAnalysis) in
            if let cached = cache?.analysis(of: article) { return (article, cached) }
            let text = article.text
            let entities = worker.recognize(in: text).compacted()
            guard article.published == nil else {
                let dates = tagger.tag(text, anchor: article.published).compacted()
                return (article, interner.intern(ArticleAnalysis(entityMentions: entities, dateMentions: dates)))
            }
            let (estimate, dates) = tagger.estimateAndTag(text, notAfter: today)
            let dated = estimate.map { article.withEstimatedDate($0) } ?? article
            return (dated, interner.intern(ArticleAnalysis(entityMentions: entities, dateMentions: dates.compacted())))
        }
        return (pairs.map(\.0), pairs.map(\.1))
    }
}

/// Maps an array on all cores, keeping order.
enum ConcurrentMap {
    static func map<T: Sendable, R: Sendable>(_ input: [T], _ transform: @Sendable (T) -> R) -> [R] {
        map(input, state: { () }) { _, element in transform(element) }
    }

    /// `map` where each thread makes one `state` with `state()` and uses it alone for every
    /// element it takes (a cache a worker keeps from one element to the next). The threads take
    /// runs of elements in turn, so a slow run does not hold the others back.
    static func map<T: Sendable, R: Sendable, S>(_ input: [T], state: @Sendable () -> S,
                                                  _ transform: @Sendable (S, T) -> R) -> [R] {
        guard input.count > 1 else {
            let s = state()
            return input.map { transform(s, $0) }
        }
        let chunk = max(1, input.count / 64)
        let chunks = (input.count + chunk - 1) / chunk
        let threads = min(chunks, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let next = Atomic<Int>(0)
        return [R](unsafeUninitializedCapacity: input.count) { buffer, initialized in
            let slots = SlotBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                let s = state()
                while true {
                    let c = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard c < chunks else { break }
                    for i in (c * chunk)..<min(input.count, (c + 1) * chunk) {
                        slots.initialize(i, to: transform(s, input[i]))
                    }
                }
            }
            initialized = input.count
        }
    }
}

/// The output buffer of `ConcurrentMap`, shared by its iterations. Each index is initialised by
/// exactly one iteration, and the buffer is read only after `concurrentPerform` returns, which
/// orders the accesses; the pointer itself is taken once, before the iterations start.
private struct SlotBuffer<R>: @unchecked Sendable {
    let base: UnsafeMutablePointer<R>
    init(_ buffer: UnsafeMutableBufferPointer<R>) { base = buffer.baseAddress! }
    func initialize(_ i: Int, to value: R) { (base + i).initialize(to: value) }
}

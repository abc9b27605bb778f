import ArabicText

/// A dated sentence of an article: what the timeline shows. The sentence and the expression are
/// not copied: the event keeps the article's text (shared storage) and their offsets in it.
public struct TimelineEvent: Sendable {
    // Fields ordered for packing (about 100 bytes an event).
    public let articleId: String
    /// The article's text (the same storage as `Article.text`), read through the spans below.
    private let articleText: String
    /// Positions in `Corpus.entities` of the entities mentioned in the sentence (one array
    /// shared by the events of a sentence).
    public let entities: [Int]
    /// The group's articles when the group spans more than this article; empty otherwise
    /// (most groups), so that no array is kept per event.
    private var groupSources: [String] = []
    public let date: TemporalValue
    /// Whether the date came from a relative expression anchored on the article's date.
    public let isRelative: Bool
    private var groupNumber: Int32 = 0
    private let expressionSpan: TextSpan
    private let expressionUTF8: UTF8Span
    private let sentenceSpan: TextSpan
    private let sentenceUTF8: UTF8Span

    init(date: TemporalValue, article: Article, expression: TextSpan, sentence: TextSpan, offsets: ScalarOffsets,
         isRelative: Bool, entities: [Int]) {
        self.date = date
        articleId = article.id
        articleText = article.text
        expressionSpan = expression
        expressionUTF8 = offsets.utf8Span(expression)
        sentenceSpan = sentence
        sentenceUTF8 = offsets.utf8Span(sentence)
        self.isRelative = isRelative
        self.entities = entities
    }

    /// Events reporting the same happening (same date, shared entities) share a group number.
    public internal(set) var group: Int {
        get { Int(groupNumber) }
        set { groupNumber = Int32(newValue) }
    }

    /// The articles of the group, in timeline order; one array shared by the group's events.
    public internal(set) var sources: [String] {
        get { groupSources.isEmpty ? [articleId] : groupSources }
        set { groupSources = newValue == [articleId] ? [] : newValue }
    }

    /// How many articles the group holds.
    public var sourceCount: Int { max(1, groupSources.count) }

    /// The words that gave the date, and their offsets in the article text.
    public var expression: String { expressionUTF8.text(in: articleText) }
    public var expressionStart: Int { expressionSpan.start }
    public var expressionEnd: Int { expressionSpan.end }
    /// The sentence and its offsets in the article text.
    public var text: String { sentenceUTF8.text(in: articleText) }
    public var start: Int { sentenceSpan.start }
    public var end: Int { sentenceSpan.end }

    /// The first and last day the date can mean, as comparable numbers (yyyymmdd).
    public var interval: ClosedRange<Int>? { DateInterval.of(date) }
}

/// Day ranges of dates of any precision, for filtering by `from`/`to`.
public enum DateInterval {
    /// yyyymmdd bounds of the days `value` covers; nil when the year is unknown.
    public static func of(_ value: TemporalValue) -> ClosedRange<Int>? {
        guard let year = value.year else { return nil }
        switch value.precision {
        case .decade: return (year * 10_000 + 101)...((year + 9) * 10_000 + 1231)
        case .year: return (year * 10_000 + 101)...(year * 10_000 + 1231)
        case .month:
            let m = value.month ?? 1
            return (year * 10_000 + m * 100 + 1)...(year * 10_000 + m * 100 + ISODateParser.daysIn(month: m, year: year))
        case .day:
            let d = year * 10_000 + (value.month ?? 1) * 100 + (value.day ?? 1)
            return d...d
        }
    }
}

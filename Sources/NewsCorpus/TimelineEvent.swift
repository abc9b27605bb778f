import ArabicText

/// A dated sentence of an article: what the timeline shows. 72 bytes: the sentence, the
/// expression, the article and the entities are not copied but referred to (offsets into the
/// article's text, positions in `Corpus`); `Corpus` reads them back (`text(of:)`, …).
public struct TimelineEvent: Sendable {
    // Fields ordered for packing.
    /// The group's articles when the group spans more than this article; empty otherwise
    /// (most groups), so that no array is kept per event.
    private(set) var groupSources: [String] = []
    public let date: TemporalValue
    /// Whether the date came from a relative expression anchored on the article's date.
    public let isRelative: Bool
    private var groupNumber: Int32 = 0
    private let articlePosition: Int32
    /// The sentence's entities: `Corpus.eventEntities[entityStart..<entityStart + entityCount]`.
    let entityStart: UInt32
    let entityCount: UInt32
    private let expressionSpan: TextSpan
    let expressionUTF8: UTF8Span
    private let sentenceSpan: TextSpan
    let sentenceUTF8: UTF8Span

    init(date: TemporalValue, article: Int, expression: TextSpan, sentence: TextSpan, offsets: ScalarOffsets,
         isRelative: Bool, entities: Range<Int>) {
        self.date = date
        articlePosition = Int32(article)
        expressionSpan = expression
        expressionUTF8 = offsets.utf8Span(expression)
        sentenceSpan = sentence
        sentenceUTF8 = offsets.utf8Span(sentence)
        self.isRelative = isRelative
        entityStart = UInt32(entities.lowerBound)
        entityCount = UInt32(entities.count)
    }

    private init(_ e: TimelineEvent, group: Int, sources: [String]) {
        self = e
        groupNumber = Int32(group)
        groupSources = sources
    }

    /// The same event in group `group`, whose articles are `sources` (empty when only its own).
    func grouped(_ group: Int, sources: [String]) -> TimelineEvent {
        TimelineEvent(self, group: group, sources: sources)
    }

    /// Moves the event's group number by `offset` in place (its bucket moved as a whole), without
    /// copying the event (and retaining its sources) as `grouped` does.
    mutating func moveGroup(by offset: Int) {
        groupNumber += Int32(offset)
    }

    /// The article's position in `Corpus.articles`.
    public var article: Int { Int(articlePosition) }
    /// Events reporting the same happening (same date, shared entities) share a group number.
    public var group: Int { Int(groupNumber) }
    /// Offsets of the words that gave the date in the article text.
    public var expressionStart: Int { expressionSpan.start }
    public var expressionEnd: Int { expressionSpan.end }
    /// Offsets of the sentence in the article text.
    public var start: Int { sentenceSpan.start }
    public var end: Int { sentenceSpan.end }
    /// How many articles the group holds.
    public var sourceCount: Int { max(1, groupSources.count) }

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

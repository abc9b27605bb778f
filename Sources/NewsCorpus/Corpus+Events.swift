import ArabicText

extension Corpus {
    /// The id of the event's article.
    public func articleId(of event: TimelineEvent) -> String {
        articles[event.article].id
    }

    /// The event's sentence.
    public func text(of event: TimelineEvent) -> String {
        event.sentenceUTF8.text(in: articles[event.article].text)
    }

    /// The words that gave the event's date.
    public func expression(of event: TimelineEvent) -> String {
        event.expressionUTF8.text(in: articles[event.article].text)
    }

    /// The event's sentence and the words that gave its date, the article's text decoded once
    /// (or not at all when `articleText`, that article's `text`, is given).
    public func sentenceAndExpression(of event: TimelineEvent, articleText: String? = nil) -> (sentence: String, expression: String) {
        let text = articleText ?? articles[event.article].text
        return (event.sentenceUTF8.text(in: text), event.expressionUTF8.text(in: text))
    }

    /// The sentence and the expression of each of `events` (positions in `events`), in the
    /// order given, each article's text decoded once however many of the events it holds.
    /// Holds one decoded text at a time besides the answers.
    public func sentencesAndExpressions(of events: [Int]) -> [(sentence: String, expression: String)] {
        var answers = [(sentence: String, expression: String)](repeating: ("", ""), count: events.count)
        let byArticle = events.indices.sorted { (self.events[events[$0]].article, $0) < (self.events[events[$1]].article, $1) }
        var current = -1
        var text = ""
        for slot in byArticle {
            let event = self.events[events[slot]]
            if event.article != current {
                current = event.article
                text = articles[current].text
            }
            answers[slot] = (event.sentenceUTF8.text(in: text), event.expressionUTF8.text(in: text))
        }
        return answers
    }

    /// Positions in `entities` of the entities mentioned in the event's sentence.
    public func entities(of event: TimelineEvent) -> ArraySlice<Int32> {
        let start = Int(event.entityStart)
        return eventEntities[start..<(start + Int(event.entityCount))]
    }

    /// The articles of the event's group, in timeline order (one array shared by the group's
    /// events; just the event's own article when the group has no other).
    public func sources(of event: TimelineEvent) -> [String] {
        event.groupSources.isEmpty ? [articleId(of: event)] : event.groupSources
    }

    /// The date as written in the Hijri calendar when the event's expression is Hijri
    /// (`1436-09-23` for 23/9/1436هـ); the event's `date` is its Gregorian value.
    public func hijriDate(of event: TimelineEvent) -> TemporalValue? {
        hijriDates[Self.hijriKey(event.article, event.expressionStart)]
    }

    /// The calendar the event's expression was written in.
    public func calendar(of event: TimelineEvent) -> DateCalendar {
        hijriDate(of: event) == nil ? .gregorian : .hijri
    }
}

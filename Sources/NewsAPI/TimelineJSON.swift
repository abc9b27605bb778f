import NewsCorpus

/// The JSON shape of timeline events.
enum TimelineJSON {
    /// The most source articles listed per event; `sourceCount` gives the full number.
    static let maximumSources = 50

    /// One event: `date`, `precision`, `articleId`, `expression`, `text`, `start`, `end`,
    /// `entities`, plus the expression's offsets, whether it was relative, the calendar it was
    /// written in (`calendar`, with `hijriDate` for a Hijri one), and the other articles
    /// reporting the same happening (`sources`).
    /// `articleText`: the event's article's text when the caller has it decoded already.
    static func event(_ event: TimelineEvent, in corpus: Corpus, articleText: String? = nil, into w: inout JSONWriter) {
        let article = corpus.articles[event.article]
        let sources = corpus.sources(of: event)
        let (sentence, expression) = corpus.sentenceAndExpression(of: event, articleText: articleText)
        w.beginObject()
        w.key("date"); w.string(event.date.description)
        w.key("precision"); w.string(event.date.precision.rawValue)
        w.key("articleId"); w.string(article.id)
        w.key("articleTitle"); w.string(article.title)
        w.key("expression"); w.string(expression)
        w.key("expressionStart"); w.int(event.expressionStart)
        w.key("expressionEnd"); w.int(event.expressionEnd)
        w.key("text"); w.string(sentence)
        w.key("start"); w.int(event.start)
        w.key("end"); w.int(event.end)
        w.key("relative"); w.bool(event.isRelative)
        let hijri = corpus.hijriDate(of: event)
        w.key("calendar"); w.string(hijri == nil ? "gregorian" : "hijri")
        if let hijri { w.key("hijriDate"); w.string(hijri.description) }
        w.key("entities")
        w.beginArray()
        for e in corpus.entities(of: event) {
            EntityJSON.reference(corpus.entities[Int(e)], into: &w)
        }
        w.endArray()
        w.key("group"); w.int(event.group)
        w.key("sources")
        w.beginArray()
        w.string(article.id)
        for s in sources.lazy.filter({ $0 != article.id }).prefix(maximumSources - 1) { w.string(s) }
        w.endArray()
        w.key("sourceCount"); w.int(event.sourceCount)
        w.endObject()
    }
}

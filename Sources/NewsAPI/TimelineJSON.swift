import NewsCorpus

/// The JSON shape of timeline events.
enum TimelineJSON {
    /// The most source articles listed per event; `sourceCount` gives the full number.
    static let maximumSources = 50

    /// One event: `date`, `precision`, `articleId`, `expression`, `text`, `start`, `end`,
    /// `entities`, plus the expression's offsets, whether it was relative, and the other
    /// articles reporting the same happening (`sources`).
    static func event(_ event: TimelineEvent, in corpus: Corpus, into w: inout JSONWriter) {
        let sources = event.sources
        w.beginObject()
        w.key("date"); w.string(event.date.description)
        w.key("precision"); w.string(event.date.precision.rawValue)
        w.key("articleId"); w.string(event.articleId)
        w.key("articleTitle"); w.string(corpus.article(id: event.articleId)?.title ?? "")
        w.key("expression"); w.string(event.expression)
        w.key("expressionStart"); w.int(event.expressionStart)
        w.key("expressionEnd"); w.int(event.expressionEnd)
        w.key("text"); w.string(event.text)
        w.key("start"); w.int(event.start)
        w.key("end"); w.int(event.end)
        w.key("relative"); w.bool(event.isRelative)
        w.key("entities")
        w.beginArray()
        for e in event.entities {
            EntityJSON.reference(corpus.entities[e], into: &w)
        }
        w.endArray()
        w.key("group"); w.int(event.group)
        w.key("sources")
        w.beginArray()
        w.string(event.articleId)
        for s in sources.lazy.filter({ $0 != event.articleId }).prefix(maximumSources - 1) { w.string(s) }
        w.endArray()
        w.key("sourceCount"); w.int(event.sourceCount)
        w.endObject()
    }
}

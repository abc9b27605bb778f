import ArabicText
import NewsCorpus

/// The JSON shapes of articles.
enum ArticleJSON {
    /// The longest excerpt, in characters.
    static let excerptLength = 200

    /// A list item: `id`, `title`, `excerpt`, `published`.
    static func summary(_ article: Article, into w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(article.id)
        w.key("title"); w.string(article.title)
        w.key("excerpt"); w.string(excerpt(of: article.text))
        w.key("published"); w.string(article.published?.description)
        w.key("publishedEstimated"); w.bool(article.publishedEstimated)
        w.endObject()
    }

    /// The start of `text`, cut at a word near `excerptLength` characters.
    static func excerpt(of text: String) -> String {
        let firstParagraph = text.prefix { $0 != "\n" }
        guard firstParagraph.count > excerptLength else { return String(firstParagraph) }
        let cut = firstParagraph.prefix(excerptLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// The detail body of the article at `position`.
    static func detail(of position: Int, in corpus: Corpus) -> [UInt8] {
        let article = corpus.articles[position]
        var w = JSONWriter(capacity: article.text.utf8.count * 6 + 1024)
        w.beginObject()
        w.key("id"); w.string(article.id)
        w.key("title"); w.string(article.title)
        w.key("titleSource"); w.string(article.titleSource.rawValue)
        w.key("text"); w.string(article.text)
        w.key("paragraphs")
        w.beginArray()
        for paragraph in article.paragraphTexts { w.string(paragraph) }
        w.endArray()
        w.key("paragraphOffsets")
        w.beginArray()
        for span in article.paragraphs { w.pair(span.start, span.end) }
        w.endArray()
        w.key("sentenceOffsets")
        w.beginArray()
        for span in article.sentences { w.pair(span.start, span.end) }
        w.endArray()
        w.key("links")
        w.beginArray()
        for link in article.links { w.string(link) }
        w.endArray()
        w.key("published"); w.string(article.published?.description)
        w.key("publishedPrecision"); w.string(article.published?.precision.rawValue)
        w.key("publishedEstimated"); w.bool(article.publishedEstimated)
        w.key("source"); w.string(article.source)
        w.key("url"); w.string(article.url)
        w.key("origin"); w.string(article.origin.rawValue)

        w.key("entities")
        w.beginArray()
        for e in corpus.articleEntities[position] {
            let entity = corpus.entities[Int(e)]
            w.beginObject()
            w.key("id"); w.string(entity.id)
            w.key("name"); w.string(entity.name)
            w.key("type"); w.string(entity.type.rawValue)
            w.key("mentions")
            w.beginArray()
            for m in entity.mentions(inArticle: position) {
                w.beginObject()
                w.key("start"); w.int(m.start)
                w.key("end"); w.int(m.end)
                w.key("text"); w.string(entity.text(of: m))
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()

        w.key("events")
        w.beginArray()
        for e in corpus.articleEvents[position] {
            TimelineJSON.event(corpus.events[Int(e)], in: corpus, into: &w)
        }
        w.endArray()

        w.key("relativeDates")
        w.beginArray()
        for mention in corpus.dateMentions(of: position, unresolvedRelativeOnly: true) {
            w.beginObject()
            w.key("expression"); w.string(mention.expression)
            w.key("start"); w.int(mention.start)
            w.key("end"); w.int(mention.end)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }
}

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
        w.key("excerpt"); w.string(excerpt(of: article.lead))
        w.key("published"); w.string(article.published?.description)
        w.key("publishedEstimated"); w.bool(article.publishedEstimated)
        w.endObject()
    }

    /// The start of `text`: its first paragraph, or when that is longer than `excerptLength`
    /// characters, its first `excerptLength` characters cut at the last space, with "…".
    ///
    /// Bytes are read where characters need not be: the paragraph ends at the first line feed
    /// that is a character of its own (not after a carriage return), a paragraph of no more
    /// scalars than the limit has no more characters either, and spaces are found as bytes
    /// and only then checked as characters (a mark before or after can join them into another).
    /// Grapheme breaking, and comparing characters through Unicode normalisation, cost ~30 µs
    /// an article when done over the whole paragraph.
    static func excerpt(of text: String) -> String {
        excerpt(of: text[...])
    }

    /// The excerpt of `text` (see above), a part of an article's text.
    static func excerpt(of text: Substring) -> String {
        let utf8 = text.utf8
        var paragraphEnd = utf8.endIndex, previous: UInt8 = 0
        for i in utf8.indices {
            let byte = utf8[i]
            if byte == 0x0A, previous != 0x0D {
                paragraphEnd = i
                break
            }
            previous = byte
        }
        let firstParagraph = text[..<paragraphEnd]
        var scalars = 0
        for byte in firstParagraph.utf8 where byte & 0xC0 != 0x80 {
            scalars += 1
            if scalars > excerptLength { break }
        }
        guard scalars > excerptLength else { return String(firstParagraph) }
        let cut = firstParagraph.prefix(excerptLength)
        guard cut.endIndex < firstParagraph.endIndex else { return String(firstParagraph) }
        var end = cut.endIndex
        var i = cut.utf8.endIndex
        while i > cut.utf8.startIndex {
            cut.utf8.formIndex(before: &i)
            // A space byte is the character " " if a character starts there (not after a
            // prepended mark) and nothing joins it (no combining mark after).
            if cut.utf8[i] == 0x20, i.samePosition(in: text.base) != nil, cut[i] == " " {
                end = i
                break
            }
        }
        return String(cut[..<end]) + "…"
    }

    /// The detail body of the article at `position`.
    static func detail(of position: Int, in corpus: Corpus) -> [UInt8] {
        let article = corpus.articles[position]
        let text = article.text
        var w = JSONWriter(capacity: text.utf8.count * 6 + 1024)
        w.beginObject()
        w.key("id"); w.string(article.id)
        w.key("title"); w.string(article.title)
        w.key("titleSource"); w.string(article.titleSource.rawValue)
        w.key("text"); w.string(text)
        w.key("paragraphs")
        w.beginArray()
        for paragraph in article.paragraphTexts(in: text) { w.string(paragraph) }
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
            if entity.isLocal { w.key("local"); w.bool(true) }
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
            TimelineJSON.event(corpus.events[Int(e)], in: corpus, articleText: text, into: &w)
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

import NewsCorpus

/// The JSON shapes of entities.
enum EntityJSON {
    /// `id`, `name`, `type`.
    static func reference(_ entity: CorpusEntity, into w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(entity.id)
        w.key("name"); w.string(entity.name)
        w.key("type"); w.string(entity.type.rawValue)
        w.endObject()
    }

    /// A list item: `id`, `name`, `type`, `aliases`, `roles`, `mentionCount`, `articleCount`;
    /// with `articleIds`, every article's id too (the single-entity body keeps them; list pages
    /// do not, or a page of popular entities would weigh megabytes).
    static func summary(_ entity: CorpusEntity, in corpus: Corpus, into w: inout JSONWriter, close: Bool = true,
                        articleIds: Bool = false) {
        w.beginObject()
        w.key("id"); w.string(entity.id)
        w.key("name"); w.string(entity.name)
        w.key("type"); w.string(entity.type.rawValue)
        w.key("aliases")
        w.beginArray()
        for alias in entity.distinctAliases { w.string(alias) }
        w.endArray()
        w.key("roles")
        w.beginArray()
        for role in entity.roles { w.string(role) }
        w.endArray()
        w.key("mentionCount"); w.int(entity.mentionCount)
        w.key("articleCount"); w.int(entity.articleCount)
        if entity.isLocal { w.key("local"); w.bool(true) }
        if articleIds {
            w.key("articleIds")
            w.beginArray()
            for a in entity.articles { w.string(corpus.articles[Int(a)].id) }
            w.endArray()
        }
        if close { w.endObject() }
    }

    /// The detail body: the summary plus `mentions` and `related`. With `articles`, `articleIds`
    /// and `mentions` cover only the entity's first that many articles (corpus order): a page
    /// needs a few articles in context, not 30,000 ids (`mentionCount`/`articleCount` stay whole).
    /// With `context` (and `articles`), each mention carries `before`/`after` (that many words
    /// either side, `MentionContext`) and `articles` lists the shown articles' ids and titles, so
    /// the page needs no article text.
    static func detail(_ position: Int, in corpus: Corpus, articles: Int? = nil, context: Int? = nil) -> [UInt8] {
        let entity = corpus.entities[position]
        var w = JSONWriter(capacity: 4096)
        summary(entity, in: corpus, into: &w, close: false, articleIds: articles == nil)
        let shown = articles.map { Set(entity.articles.prefix($0).map(Int.init)) }
        if let articles {
            w.key("articleIds")
            w.beginArray()
            for a in entity.articles.prefix(articles) { w.string(corpus.articles[Int(a)].id) }
            w.endArray()
        }
        let context = articles == nil ? nil : context
        if context != nil, let articles {
            w.key("articles")
            w.beginArray()
            for a in entity.articles.prefix(articles) {
                w.beginObject()
                w.key("id"); w.string(corpus.articles[Int(a)].id)
                w.key("title"); w.string(corpus.articles[Int(a)].title)
                w.endObject()
            }
            w.endArray()
        }
        var scalars: (article: Int, text: [Unicode.Scalar])?
        w.key("mentions")
        w.beginArray()
        for m in entity.mentions where shown?.contains(m.article) ?? true {
            w.beginObject()
            w.key("articleId"); w.string(corpus.articles[m.article].id)
            w.key("start"); w.int(m.start)
            w.key("end"); w.int(m.end)
            w.key("text"); w.string(entity.text(of: m))
            if let context {
                // Mentions come article by article: each text is split into scalars once.
                if scalars?.article != m.article { scalars = (m.article, Array(corpus.articles[m.article].text.unicodeScalars)) }
                let around = MentionContext(scalars!.text, start: m.start, end: m.end, words: context)
                w.key("before"); w.string(around.before)
                w.key("after"); w.string(around.after)
            }
            w.endObject()
        }
        w.endArray()
        w.key("related")
        w.beginArray()
        for r in corpus.related(of: position).prefix(50) {
            let other = corpus.entities[r.entity]
            w.beginObject()
            w.key("id"); w.string(other.id)
            w.key("name"); w.string(other.name)
            w.key("type"); w.string(other.type.rawValue)
            w.key("count"); w.int(r.count)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// A page of an entity's articles: `id`, `title`, `published`, `mentionCount` (in that article).
    static func articles(_ entity: CorpusEntity, page: Pagination, in corpus: Corpus) -> [UInt8] {
        let range = page.range(count: entity.articles.count)
        return page.envelope(total: entity.articles.count) { w in
            for stored in entity.articles[range] {
                let a = Int(stored), article = corpus.articles[a]
                w.beginObject()
                w.key("id"); w.string(article.id)
                w.key("title"); w.string(article.title)
                w.key("published"); w.string(article.published?.description)
                w.key("mentionCount"); w.int(entity.mentions(inArticle: a).count)
                w.endObject()
            }
        }
    }
}

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

    /// A list item: `id`, `name`, `type`, `aliases`, `roles`, `mentionCount`, `articleCount`.
    static func summary(_ entity: CorpusEntity, in corpus: Corpus, into w: inout JSONWriter, close: Bool = true) {
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
        w.key("articleIds")
        w.beginArray()
        for a in entity.articles { w.string(corpus.articles[Int(a)].id) }
        w.endArray()
        if close { w.endObject() }
    }

    /// The detail body: the summary plus `mentions` and `related`.
    static func detail(_ position: Int, in corpus: Corpus) -> [UInt8] {
        let entity = corpus.entities[position]
        var w = JSONWriter(capacity: 4096)
        summary(entity, in: corpus, into: &w, close: false)
        w.key("mentions")
        w.beginArray()
        for m in entity.mentions {
            w.beginObject()
            w.key("articleId"); w.string(corpus.articles[m.article].id)
            w.key("start"); w.int(m.start)
            w.key("end"); w.int(m.end)
            w.key("text"); w.string(entity.text(of: m))
            w.endObject()
        }
        w.endArray()
        w.key("related")
        w.beginArray()
        for r in corpus.related[position].prefix(50) {
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
}

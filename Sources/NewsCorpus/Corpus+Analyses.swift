import ArabicText

extension Corpus {
    /// What the analysers found in the article at `position`, rebuilt from the stored form.
    public func analysis(at position: Int) -> ArticleAnalysis {
        var found: [(mention: Int, value: EntityMention)] = []
        for e in articleEntities[position] {
            let entity = entities[Int(e)]
            for o in entity.mentions(inArticle: position) {
                found.append((o.mention, Self.mention(o, of: entity)))
            }
        }
        found.sort { $0.mention < $1.mention }
        return ArticleAnalysis(entityMentions: found.map(\.value), dateMentions: dateMentions(of: position))
    }

    /// Every article's analysis, rebuilt from the stored form (parallel to `articles`), as the
    /// analysers found it (entity corrections set aside). Costs about what the old per-article
    /// arrays kept resident: meant for rebuilding after a write.
    public var analyses: [ArticleAnalysis] {
        var found: [[(mention: Int, value: EntityMention)]] = Array(repeating: [], count: articles.count)
        for entity in resolvedEntities ?? entities {
            for o in entity.mentions {
                found[o.article].append((o.mention, Self.mention(o, of: entity)))
            }
        }
        return articles.indices.map { a in
            ArticleAnalysis(entityMentions: found[a].sorted { $0.mention < $1.mention }.map(\.value),
                            dateMentions: dateMentions(of: a))
        }
    }

    /// The date mentions of the article at `position`, their expressions read from its text;
    /// with `unresolvedRelativeOnly`, only the relative ones that could not be anchored.
    public func dateMentions(of position: Int, unresolvedRelativeOnly: Bool = false) -> [TemporalMention] {
        let stored = dates[position].filter { !unresolvedRelativeOnly || ($0.value == nil && $0.isRelative) }
        guard !stored.isEmpty else { return [] }
        let expressions = ScalarOffsets.texts(in: articles[position].text, spans: stored.map(\.span))
        return zip(stored, expressions).map { m, expression in
            TemporalMention(expression: expression, start: m.span.start, end: m.span.end, value: m.value, isRelative: m.isRelative,
                            hijri: hijriDates[Self.hijriKey(position, m.span.start)])
        }
    }

    /// A local name (a given name alone, `EntityMention.isLocal`) is rebuilt local: its entity is.
    static func mention(_ o: EntityOccurrence, of entity: CorpusEntity) -> EntityMention {
        EntityMention(type: entity.type, name: entity.text(of: o), start: o.start, end: o.end, role: entity.role(of: o),
                      isLocal: entity.isLocal)
    }
}

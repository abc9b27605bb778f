import NewsCorpus

/// What a corpus's tables say, for telling two builds apart: every entity with its id, name,
/// forms, roles and mentions, the related lists, and every event with its group and sources.
struct CorpusDigest: Equatable {
    /// The first part where `self` and `other` differ, with what each says there (nil: equal).
    func difference(from other: CorpusDigest) -> String? {
        func first<T: Equatable>(_ a: [T], _ b: [T], _ name: String) -> String? {
            if a.count != b.count { return "\(name): \(a.count) against \(b.count)" }
            guard let i = a.indices.first(where: { a[$0] != b[$0] }) else { return nil }
            return "\(name) \(i): \(a[i]) against \(b[i])"
        }
        return first(entities, other.entities, "entity") ?? first(mentions, other.mentions, "mentions")
            ?? first(related, other.related, "related") ?? first(events, other.events, "event")
    }

    let entities: [[String]]
    let mentions: [[EntityOccurrence]]
    let related: [[RelatedEntity]]
    let events: [[String]]

    init(_ corpus: Corpus) {
        entities = corpus.entities.map { [$0.id, $0.name, $0.type.rawValue] + $0.aliases + ["|"] + $0.roles }
        mentions = corpus.entities.map(\.mentions)
        related = corpus.related
        events = corpus.events.map { e in
            [String(e.article), String(e.start), String(e.expressionStart), e.date.description, String(e.group),
             corpus.entities(of: e).map(String.init).joined(separator: ",")] + corpus.sources(of: e)
        }
    }
}

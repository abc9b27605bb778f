import NewsCorpus

/// The JSON shape of an entity correction: `id`, `action`, `who`, `when`, `entity` (id, name,
/// type as it was named), the action's own fields (`name`, `type`, `into`, `mentions`),
/// `applied`, `entityId` (the entity it changed, made or merged into, while applied), `undone`
/// with `undoneBy`/`undoneAt`, and a `note` saying why it is not applied.
enum CorrectionJSON {
    static func entry(_ entry: CorrectionEntry, into w: inout JSONWriter) {
        let correction = entry.correction
        w.beginObject()
        w.key("id"); w.string(correction.id)
        w.key("action"); w.string(correction.action.kind)
        w.key("who"); w.string(correction.who)
        w.key("when"); w.string(correction.when)
        w.key("entity"); key(correction.action.target, into: &w)
        switch correction.action {
        case .rename(_, let name):
            w.key("name"); w.string(name)
        case .retype(_, let type):
            w.key("type"); w.string(type.rawValue)
        case .merge(_, let into):
            w.key("into"); key(into, into: &w)
        case .split(_, let mentions, let name, let type):
            w.key("name"); w.string(name)
            w.key("type"); w.string(type.rawValue)
            w.key("mentions")
            w.beginArray()
            for m in mentions {
                w.beginObject()
                w.key("articleId"); w.string(m.articleId)
                w.key("start"); w.int(m.start)
                w.key("end"); w.int(m.end)
                w.endObject()
            }
            w.endArray()
        case .hide:
            break
        }
        w.key("applied"); w.bool(entry.applied)
        w.key("entityId"); w.string(entry.entityID)
        w.key("undone"); w.bool(entry.undone != nil)
        w.key("undoneBy"); w.string(entry.undone?.who)
        w.key("undoneAt"); w.string(entry.undone?.when)
        w.key("note"); w.string(entry.note)
        w.endObject()
    }

    static func key(_ key: EntityKey, into w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(key.id)
        w.key("name"); w.string(key.name)
        w.key("type"); w.string(key.type.rawValue)
        w.endObject()
    }

    /// One entry as a whole body.
    static func body(_ entry: CorrectionEntry) -> [UInt8] {
        var w = JSONWriter(capacity: 512)
        self.entry(entry, into: &w)
        return w.bytes
    }
}

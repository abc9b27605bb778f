/// The fixed search workload: one-word, multi-word, phrase, boolean and filtered queries over
/// words the seeds and the synthetic corpus share.
enum QueryMix {
    /// One query: the text of `q` and any filter parameters (`from`, `to`, `entity`).
    struct Query {
        var q: String
        var filters: [(String, String)] = []
        var kind: String
    }

    /// `topEntity`: the id of the most mentioned entity, for the entity filter.
    static func queries(topEntity: String?) -> [Query] {
        var mix: [Query] = [
            Query(q: "بنغازي", kind: "one-word"),
            Query(q: "الحكومة", kind: "one-word"),
            Query(q: "القاهرة", kind: "one-word"),
            Query(q: "مرزق", kind: "one-word (rare)"),
            Query(q: "السفير الأميركي", kind: "multi-word"),
            Query(q: "وزارة الخارجية ليبيا", kind: "multi-word"),
            Query(q: "\"الأمم المتحدة\"", kind: "phrase"),
            Query(q: "\"وزارة العدل\"", kind: "phrase"),
            Query(q: "سرت OR درنة", kind: "or"),
            Query(q: "ليبيا -بنغازي", kind: "exclusion"),
            Query(q: "الهجوم", filters: [("from", "2011"), ("to", "2015")], kind: "date-filtered"),
        ]
        if let topEntity {
            mix.append(Query(q: "الحكومة", filters: [("entity", topEntity)], kind: "entity-filtered"))
        }
        return mix
    }
}

import ArabicText

/// What the passes that run a mention on over the next words share (`FieldConjuncts`,
/// `OpenComplements`, `RegnalNumbers`).
enum MentionRuns {
    /// Whether some mention of `mentions` starts inside `token`: the run stops there.
    static func startsMention(_ mentions: [EntityMention], in token: ModelToken) -> Bool {
        mentions.contains { $0.start >= token.start && $0.start < token.end }
    }

    /// `m` run on to `end` (scalar offset, exclusive), its name read again from `scalars`.
    static func extended(_ m: EntityMention, to end: Int, scalars: [Unicode.Scalar]) -> EntityMention {
        var out = m
        out.end = end
        out.name = String(String.UnicodeScalarView(scalars[m.start..<end]))
        return out
    }
}

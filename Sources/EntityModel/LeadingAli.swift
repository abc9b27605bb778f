import ArabicText

/// `علي` right before a person's name, where the rules read it as the given name Ali (written with
/// a dotted yaa, in a name they recognise) and the model leaves it out: ANERcorp, its training
/// data, writes the preposition `على` ("on") as `علي` often enough that the model learned to
/// skip it. News that spells `على` right (SaudiNewsNet does) then loses Ali from names: there
/// `عبدالله صالح` was found 74 times where the text says `علي عبدالله صالح`. The name keeps
/// `علي` when the rules' person mention starts with that one word right before the model's
/// (the model's end stands: the rules' may run on, `علي عبدالله صالح هاجمت`).
enum LeadingAli {
    static let word: [Unicode.Scalar] = Array("علي".unicodeScalars)

    /// `mentions` with each person widened to the leading `علي` of a rules' person around it.
    static func widening(_ mentions: [EntityMention], by rules: [EntityMention], scalars: [Unicode.Scalar]) -> [EntityMention] {
        mentions.map { m in
            guard m.type == .person,
                  let wider = rules.first(where: { $0.type == .person && $0.end >= m.end && $0.start < m.start }),
                  m.end <= scalars.count,
                  scalars[wider.start..<m.start].filter({ !$0.properties.isWhitespace }).elementsEqual(word)
            else { return m }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[wider.start..<m.end])
            return EntityMention(type: .person, name: String(name), start: wider.start, end: m.end, role: m.role ?? wider.role)
        }
    }
}

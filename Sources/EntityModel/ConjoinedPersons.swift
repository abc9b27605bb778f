import ArabicText

/// Two persons joined by `و` ("and") read as one name: `سالم ويوسف عبد الله`, `عيسى ونورالدين`.
/// The model runs a person over the conjunction when both sides are names; the issue names spans
/// "across و" among the largest error classes. A person is cut before a word that is `و` and a
/// known given name (`ويوسف`) when that word is not itself a name (`وليد`, `وسام`, `وائل` start
/// with the same letter) and not a link of a name (`ولد` in `محمد ولد عبد العزيز`). The given
/// names are Marsad's lexicon (`EntityEvidence` classes `given`, `foreignGiven`); a name after
/// `و` that is no known given name (`شافيز ولوكاشنكو`) is left as the model read it.
enum ConjoinedPersons {
    static func splitting(_ mentions: [EntityMention], scalars: [Unicode.Scalar]) -> [EntityMention] {
        var out: [EntityMention] = []
        out.reserveCapacity(mentions.count)
        for m in mentions {
            var rest = m
            // `نبيل وخالد وليلى`: each conjunction in turn.
            while rest.type == .person, let cut = conjunction(in: rest, scalars) {
                var end = cut
                while end > rest.start, scalars[end - 1] == " " { end -= 1 }
                var first = rest
                first.end = end
                first.name = String(scalars: scalars[rest.start..<end])
                out.append(first)
                rest = EntityMention(type: .person, name: String(scalars: scalars[(cut + 1)..<rest.end]), start: cut + 1, end: rest.end)
            }
            out.append(rest)
        }
        return out
    }

    /// The offset of the `و` that joins two persons in `m`, or nil.
    static func conjunction(in m: EntityMention, _ scalars: [Unicode.Scalar]) -> Int? {
        guard m.end - m.start > 4, m.name.unicodeScalars.contains(" ") else { return nil }
        var i = m.start
        while i < m.end {
            // The start of the next word.
            while i < m.end, scalars[i] != " " { i += 1 }
            while i < m.end, scalars[i] == " " { i += 1 }
            guard i < m.end, scalars[i] == "و" else { continue }
            var j = i
            while j < m.end, scalars[j] != " " { j += 1 }
            let whole = ArabicNormalizer.normalize(String(scalars: scalars[i..<j]))
            let rest = ArabicNormalizer.normalize(String(scalars: scalars[(i + 1)..<j]))
            guard rest.unicodeScalars.count >= 3, !linkWords.contains(whole),
                  MentionBuilder.isKnownGivenName(rest), !MentionBuilder.isKnownPersonName(whole) else { continue }
            return i
        }
        return nil
    }

    /// Words of names that start with `و` and are no conjunction (normalised): `ولد` "son of" in
    /// Mauritanian names.
    static let linkWords: Set<String> = ["ولد"]
}

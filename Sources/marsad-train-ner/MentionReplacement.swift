import ArabicText
import EntityModel

/// Mention replacement (Dai & Adel 2020): copies of training sentences in which every name is
/// swapped for another name of the same type drawn from the training data, so that the model
/// learns a name's type from its context more than from the name itself. Deterministic: the same
/// sentences and seed give the same copies.
enum MentionReplacement {
    /// A name of a sentence: its tokens and type, and where it stands.
    struct Mention {
        var start: Int, end: Int
        var type: EntityType
    }

    /// The names of `s`, in order.
    static func mentions(of s: LabelledSentence) -> [Mention] {
        var out: [Mention] = []
        for (i, tag) in s.tags.enumerated() {
            if tag.isBegin, let type = tag.type {
                out.append(Mention(start: i, end: i + 1, type: type))
            } else if tag.isInside, let last = out.last, last.end == i, last.type == tag.type {
                out[out.count - 1].end = i + 1
            }
        }
        return out
    }

    /// `copies` copies of each sentence of `sentences` that has a name, each name replaced.
    /// A replacement keeps a leading `و` ("and") of the name it replaces.
    static func augmented(_ sentences: [LabelledSentence], copies: Int, seed: UInt64) -> [LabelledSentence] {
        guard copies > 0 else { return [] }
        var pool: [EntityType: [[String]]] = [:]
        for s in sentences {
            for m in mentions(of: s) {
                let words = Array(s.tokens[m.start..<m.end])
                if words[0].hasPrefix("و") { continue }
                pool[m.type, default: []].append(words)
            }
        }
        let begin: [EntityType: NERTag] = [.person: .beginPerson, .organization: .beginOrganization, .location: .beginLocation]
        let inside: [EntityType: NERTag] = [.person: .insidePerson, .organization: .insideOrganization, .location: .insideLocation]
        var generator = SeededGenerator(state: seed ^ 0x5EED_0F_5A4D)
        var out: [LabelledSentence] = []
        for _ in 0..<copies {
            for s in sentences {
                let names = mentions(of: s)
                guard !names.isEmpty else { continue }
                var tokens: [String] = [], tags: [NERTag] = []
                var i = 0
                for m in names {
                    tokens += s.tokens[i..<m.start]
                    tags += s.tags[i..<m.start]
                    var words = Array(s.tokens[m.start..<m.end])
                    if let candidates = pool[m.type], !candidates.isEmpty {
                        words = candidates[Int(generator.next() % UInt64(candidates.count))]
                        if s.tokens[m.start].hasPrefix("و"), s.tokens[m.start].count > 3 { words[0] = "و" + words[0] }
                    }
                    tokens += words
                    tags += words.indices.map { $0 == 0 ? begin[m.type]! : inside[m.type]! }
                    i = m.end
                }
                tokens += s.tokens[i...]
                tags += s.tags[i...]
                out.append(LabelledSentence(tokens: tokens, tags: tags))
            }
        }
        return out
    }
}

import ArabicText
import EntityModel

/// The project's own labelled paragraphs: `[[PER:…]]`, `[[ORG:…]]`, `[[LOC:…]]` markup, one
/// paragraph a line, turned into labelled sentences with the server's own tokeniser (a token
/// that holds a clitic and a name, `و[[LOC:بيروت]]`, takes the name's tag, as in ANERcorp).
enum MarkedParagraphs {
    static func read(_ text: String) -> [LabelledSentence] {
        var sentences: [LabelledSentence] = []
        for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            let (plain, spans) = LabelledMarkup.strip(String(line))
            for sentence in ModelTokenizer.sentences(in: Array(plain.unicodeScalars)) {
                var tags: [NERTag] = []
                var previousSpan = -1
                for token in sentence {
                    guard let k = spans.firstIndex(where: { $0.start < token.end && token.start < $0.end }) else {
                        tags.append(.outside); previousSpan = -1; continue
                    }
                    let begin = k != previousSpan
                    switch spans[k].type {
                    case .person: tags.append(begin ? .beginPerson : .insidePerson)
                    case .organization: tags.append(begin ? .beginOrganization : .insideOrganization)
                    case .location: tags.append(begin ? .beginLocation : .insideLocation)
                    }
                    previousSpan = k
                }
                sentences.append(LabelledSentence(tokens: sentence.map(\.text), tags: tags))
            }
        }
        return sentences
    }
}

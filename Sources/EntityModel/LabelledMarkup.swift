import ArabicText

/// The project's markup for labelled paragraphs: `[[PER:…]]`, `[[ORG:…]]`, `[[LOC:…]]` around a
/// name. Read by the trainer (the project's own training paragraphs) and the evaluation tests.
public enum LabelledMarkup {
    /// One labelled name: its type and Unicode-scalar offsets in the plain text, end exclusive.
    public struct Span: Sendable, Hashable {
        public var type: EntityType
        public var start: Int
        public var end: Int

        public init(type: EntityType, start: Int, end: Int) {
            self.type = type
            self.start = start
            self.end = end
        }
    }

    /// `marked` without its markup, and the labelled spans.
    public static func strip(_ marked: String) -> (text: String, spans: [Span]) {
        let s = Array(marked.unicodeScalars)
        var out = String.UnicodeScalarView()
        var spans: [Span] = []
        var open: [(EntityType, Int)] = []
        var i = 0
        while i < s.count {
            if s[i] == "[", i + 5 < s.count, s[i + 1] == "[", s[i + 5] == ":" {
                let tag = String(String.UnicodeScalarView(s[(i + 2)..<(i + 5)]))
                open.append((tag == "PER" ? .person : tag == "ORG" ? .organization : .location, out.count))
                i += 6
            } else if s[i] == "]", i + 1 < s.count, s[i + 1] == "]", let (type, start) = open.popLast() {
                spans.append(Span(type: type, start: start, end: out.count))
                i += 2
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return (String(out), spans)
    }
}

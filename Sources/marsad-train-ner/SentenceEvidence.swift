import ArabicText
import EntityModel

/// A training sentence as the server would see it: its tokens joined by spaces into a text,
/// the rules run on that text, their mentions turned into per-token tags.
enum SentenceEvidence {
    /// The sentence's text and each token's scalar range in it.
    static func text(of tokens: [String]) -> (text: String, ranges: [(start: Int, end: Int)]) {
        var text = ""
        var ranges: [(start: Int, end: Int)] = []
        var offset = 0
        for (i, token) in tokens.enumerated() {
            if i > 0 { text += " "; offset += 1 }
            let length = token.unicodeScalars.count
            ranges.append((offset, offset + length))
            text += token
            offset += length
        }
        return (text, ranges)
    }

    /// The rules' tag of each token of the sentence.
    static func ruleTags(of tokens: [String]) -> [String] {
        let (text, ranges) = text(of: tokens)
        return FeatureExtractor.ruleTags(tokens: ranges, mentions: EntityEvidence.ruleMentions(in: text).map(\.mention))
    }
}

/// Gold spans from the labelled data's tags (kept apart from `SpanScore`, which the old-rules
/// calibration copies into a build that has no `NERTag`).
extension SpanScore {
    /// The spans of BIO `tags` over tokens at `ranges` (an inside tag continues a span of its type).
    static func spans(of tags: [NERTag], ranges: [(start: Int, end: Int)]) -> [Span] {
        var spans: [Span] = []
        var i = 0
        while i < tags.count {
            guard let type = tags[i].type else { i += 1; continue }
            var j = i + 1
            while j < tags.count, tags[j].isInside, tags[j].type == type { j += 1 }
            spans.append(Span(type: type, start: ranges[i].start, end: ranges[j - 1].end))
            i = j
        }
        return spans
    }
}

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

import EntityModel

/// A labelled sentence: tokens as the corpus splits them and one IOB2 tag each.
struct LabelledSentence {
    var tokens: [String]
    var tags: [NERTag]
}

/// Reads ANERcorp's `token TAG` lines (a blank line ends a sentence; a token may hold a space).
enum LabelledCorpus {
    static func read(_ text: String) -> [LabelledSentence] {
        var sentences: [LabelledSentence] = []
        var current = LabelledSentence(tokens: [], tags: [])
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: " \r\t")
            if line.isEmpty {
                if !current.tokens.isEmpty { sentences.append(current) }
                current = LabelledSentence(tokens: [], tags: [])
                continue
            }
            guard let space = line.lastIndex(of: " ") else { continue }
            let token = line[..<space].replacingOccurrences(of: " ", with: "_")
            current.tokens.append(String(token))
            current.tags.append(NERTag(label: String(line[line.index(after: space)...])))
        }
        if !current.tokens.isEmpty { sentences.append(current) }
        return sentences
    }

    /// The training and development parts: the development part is the last `fraction` of the
    /// sentences as one contiguous block (whole stories, not a random sample of sentences).
    /// `block` picks another contiguous block of the same size (0 is the first; nil or the last
    /// index is the default, the end of the file), to see how much a figure owes to one block.
    static func split(_ sentences: [LabelledSentence], devFraction: Double, block: Int? = nil) -> (train: [LabelledSentence], dev: [LabelledSentence]) {
        let cut = Int(Double(sentences.count) * (1 - devFraction))
        guard let block else { return (Array(sentences[..<cut]), Array(sentences[cut...])) }
        let size = sentences.count - cut
        let start = min(max(0, block) * size, cut)
        let end = block >= Int((1 / devFraction).rounded()) - 1 ? sentences.count : min(sentences.count, start + size)
        return (Array(sentences[..<start] + sentences[end...]), Array(sentences[start..<end]))
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return s
    }
}

import ArabicText

/// Picks the passages of a hit that best show why it matched and marks the matched words.
/// Passages are sentences, cut to about `RankingParameters.snippetLength` scalars around the
/// first match when longer; highlights always span whole tokens of the original text (with
/// their clitics), in scalar offsets relative to the snippet text.
struct SnippetBuilder {
    let index: InvertedIndex
    /// Stem keys of single query words.
    private let wordStems: Set<UInt32>
    /// Stem keys of query phrases.
    private let phrases: [[UInt32]]
    /// Scalars that end a sentence.
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "؟", "\n", "؛", "…"]
    static let ellipsis = "…"

    init(index: InvertedIndex, terms: [ResolvedTerm]) {
        self.index = index
        var words = Set<UInt32>()
        var phrases: [[UInt32]] = []
        for term in terms {
            switch term {
            case .word(_, let stem): if let stem { words.insert(stem) }
            case .phrase(let stems): if stems.allSatisfy({ $0 != nil }) { phrases.append(stems.map { $0! }) }
            }
        }
        self.wordStems = words
        self.phrases = phrases
    }

    /// The snippets of document `doc`'s body.
    func snippets(for doc: Int) -> [Snippet] {
        let scalars = Array(index.documents[doc].text.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars)
        guard !tokens.isEmpty else { return [] }
        let marked = mark(tokens)
        let sentences = self.sentences(tokens, scalars)
        var weights: [(sentence: Int, matches: Int)] = []
        for (s, range) in sentences.enumerated() {
            let matches = range.reduce(0) { marked[$1] ? $0 + 1 : $0 }
            if matches > 0 { weights.append((s, matches)) }
        }
        weights.sort { $0.matches != $1.matches ? $0.matches > $1.matches : $0.sentence < $1.sentence }
        let ranked: [Int] = weights.prefix(index.parameters.snippetsPerHit).map(\.sentence).sorted()
        let chosen = ranked.isEmpty ? [0] : ranked
        return chosen.map { passage(sentences[$0], tokens, scalars, marked) }
    }

    /// Whether each token matches the query.
    private func mark(_ tokens: [Token]) -> [Bool] {
        let vocabulary = index.vocabulary
        let ids = tokens.map { vocabulary.exactIDs[$0.normalized] }
        func matches(_ i: Int, _ stem: UInt32) -> Bool {
            guard let id = ids[i] else { return false }
            return vocabulary.stems[Int(id)] == stem || vocabulary.splitStems[Int(id)] == stem
        }
        var marked = [Bool](repeating: false, count: tokens.count)
        for i in tokens.indices {
            guard let id = ids[i] else { continue }
            if wordStems.contains(vocabulary.stems[Int(id)]) || wordStems.contains(vocabulary.splitStems[Int(id)]) {
                marked[i] = true
            }
            if vocabulary.isCompoundHead[Int(id)], i + 1 < tokens.count, let next = ids[i + 1],
               let joined = index.joinedStems[UInt64(id) << 32 | UInt64(next)], wordStems.contains(joined) {
                marked[i] = true
                marked[i + 1] = true
            }
        }
        for phrase in phrases where phrase.count <= tokens.count {
            for start in 0...(tokens.count - phrase.count) where phrase.indices.allSatisfy({ matches(start + $0, phrase[$0]) }) {
                for k in phrase.indices { marked[start + k] = true }
            }
        }
        return marked
    }

    /// Token index ranges of the sentences.
    private func sentences(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in 0..<(tokens.count - 1) {
            let gap = scalars[tokens[i].end..<tokens[i + 1].start]
            if gap.contains(where: { Self.sentenceEnds.contains($0) }) {
                result.append(start..<(i + 1))
                start = i + 1
            }
        }
        result.append(start..<tokens.count)
        return result
    }

    /// One sentence, cut around its first match when too long, with highlights.
    private func passage(_ sentence: Range<Int>, _ tokens: [Token], _ scalars: [Unicode.Scalar], _ marked: [Bool]) -> Snippet {
        let length = index.parameters.snippetLength
        var first = sentence.lowerBound, last = sentence.upperBound - 1
        if tokens[last].end - tokens[first].start > length + length / 4 {
            let anchor = sentence.first(where: { marked[$0] }) ?? sentence.lowerBound
            first = anchor
            while first > sentence.lowerBound, tokens[anchor].start - tokens[first - 1].start <= length / 3 { first -= 1 }
            last = anchor
            while last + 1 < sentence.upperBound, tokens[last + 1].end - tokens[first].start <= length { last += 1 }
        }
        let start = tokens[first].start
        var end = tokens[last].end
        if end < scalars.count, Self.sentenceEnds.contains(scalars[end]), scalars[end] != "\n" { end += 1 }
        var text = String.UnicodeScalarView()
        let prefix = first > sentence.lowerBound ? Self.ellipsis + " " : ""
        text.append(contentsOf: prefix.unicodeScalars)
        text.append(contentsOf: scalars[start..<end])
        if last < sentence.upperBound - 1 { text.append(contentsOf: (" " + Self.ellipsis).unicodeScalars) }
        let shift = prefix.unicodeScalars.count - start
        let highlights = (first...last).filter { marked[$0] }.map {
            HighlightRange(start: tokens[$0].start + shift, end: tokens[$0].end + shift)
        }
        return Snippet(text: String(text), highlights: highlights)
    }
}

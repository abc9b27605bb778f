import ArabicText

/// Picks the passages of a hit that best show why it matched and marks the matched words.
/// Matches come from the postings' token positions, so the text is only split into word
/// ranges, never re-analysed. Passages are sentences, cut to about
/// `RankingParameters.snippetLength` scalars around the first match when longer; highlights span
/// whole tokens of the original text (with their clitics), in scalar offsets relative to the
/// snippet text.
struct SnippetBuilder {
    let index: InvertedIndex
    private let terms: [ResolvedTerm]
    /// Scalars that end a sentence.
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "؟", "\n", "؛", "…"]
    static let ellipsis = "…"

    /// Whether `s` is one of `sentenceEnds` (a switch: no hashing per scalar).
    @inline(__always)
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x0A, 0x061F, 0x061B, 0x2026: return true
        default: return false
        }
    }

    init(index: InvertedIndex, terms: [ResolvedTerm]) {
        self.index = index
        self.terms = terms
    }

    /// The snippets of document `doc`'s body.
    func snippets(for doc: Int) -> [Snippet] {
        let text = index.documents[doc].text
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { scalars.append(s) }
        var words: [Range<Int>] = []
        Tokenizer.forEachWord(in: scalars) { words.append($0) }
        guard !words.isEmpty else { return [] }
        let marked = mark(doc, wordCount: words.count)
        let sentences = self.sentences(words, scalars)
        var weights: [(sentence: Int, matches: Int)] = []
        for (s, range) in sentences.enumerated() {
            let matches = range.reduce(0) { marked[$1] ? $0 + 1 : $0 }
            if matches > 0 { weights.append((s, matches)) }
        }
        weights.sort { $0.matches != $1.matches ? $0.matches > $1.matches : $0.sentence < $1.sentence }
        let ranked: [Int] = weights.prefix(index.parameters.snippetsPerHit).map(\.sentence).sorted()
        let chosen = ranked.isEmpty ? [0] : ranked
        return chosen.map { passage(sentences[$0], words, scalars, marked) }
    }

    /// Whether each body word matches the query, from the postings of document `doc`.
    private func mark(_ doc: Int, wordCount: Int) -> [Bool] {
        var marked = [Bool](repeating: false, count: wordCount)
        let bodyStart = index.titleCounts[doc] + 1
        func set(_ token: UInt32) {
            guard token >= bodyStart, Int(token - bodyStart) < wordCount else { return }
            marked[Int(token - bodyStart)] = true
        }
        func positions(_ stem: UInt32) -> ArraySlice<UInt32>? {
            let list = index.stemPostings[stem]
            var cursor = 0
            return list.find(UInt32(doc), from: &cursor).map { list.positions($0) }
        }
        for term in terms {
            switch term {
            case .word(_, let stem):
                guard let stem, let found = positions(stem) else { continue }
                for p in found {
                    set(PostingList.token(p))
                    if PostingList.spansNext(p) { set(PostingList.token(p) + 1) }
                }
            case .phrase(let stems):
                guard stems.allSatisfy({ $0 != nil }) else { continue }
                let lists = stems.compactMap { positions($0!) }
                guard lists.count == stems.count else { continue }
                for start in InvertedIndex.phraseStarts(lists) {
                    for k in 0..<UInt32(stems.count) { set(start + k) }
                }
            }
        }
        return marked
    }

    /// Word index ranges of the sentences.
    private func sentences(_ words: [Range<Int>], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in 0..<(words.count - 1) {
            var ends = false
            for k in words[i].upperBound..<words[i + 1].lowerBound where Self.isSentenceEnd(scalars[k]) {
                ends = true
                break
            }
            if ends {
                result.append(start..<(i + 1))
                start = i + 1
            }
        }
        result.append(start..<words.count)
        return result
    }

    /// One sentence, cut around its first match when too long, with highlights.
    private func passage(_ sentence: Range<Int>, _ words: [Range<Int>], _ scalars: [Unicode.Scalar], _ marked: [Bool]) -> Snippet {
        let length = index.parameters.snippetLength
        var first = sentence.lowerBound, last = sentence.upperBound - 1
        if words[last].upperBound - words[first].lowerBound > length + length / 4 {
            let anchor = sentence.first(where: { marked[$0] }) ?? sentence.lowerBound
            first = anchor
            while first > sentence.lowerBound, words[anchor].lowerBound - words[first - 1].lowerBound <= length / 3 { first -= 1 }
            last = anchor
            while last + 1 < sentence.upperBound, words[last + 1].upperBound - words[first].lowerBound <= length { last += 1 }
        }
        let start = words[first].lowerBound
        var end = words[last].upperBound
        if end < scalars.count, Self.isSentenceEnd(scalars[end]), scalars[end] != "\n" { end += 1 }
        // Built as UTF-8 bytes: appending scalars to a String one by one costs far more.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(2 * (end - start) + 8)
        let prefix = first > sentence.lowerBound ? Self.ellipsis + " " : ""
        utf8.append(contentsOf: prefix.utf8)
        for s in scalars[start..<end] { UTF8.encode(s) { utf8.append($0) } }
        if last < sentence.upperBound - 1 { utf8.append(contentsOf: (" " + Self.ellipsis).utf8) }
        let text = String(decoding: utf8, as: UTF8.self)
        let shift = prefix.unicodeScalars.count - start
        let highlights = (first...last).filter { marked[$0] }.map {
            HighlightRange(start: words[$0].lowerBound + shift, end: words[$0].upperBound + shift)
        }
        return Snippet(text: text, highlights: highlights)
    }
}

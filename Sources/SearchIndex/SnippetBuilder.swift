import ArabicText

/// Picks the passages of a hit that best show why it matched and marks the matched words.
/// Matches come from the postings' token positions, so the text is only split into word
/// ranges, never re-analysed, and only in the sentences shown (found in `SentenceTable`).
/// Passages are sentences, cut to about `RankingParameters.snippetLength` scalars around the
/// first match when longer; highlights span whole tokens of the original text (with their
/// clitics), in scalar offsets relative to the snippet text.
struct SnippetBuilder {
    // The parts of the index used, not the index itself: copying that struct retains every table.
    private let documents: [IndexedDocument]
    private let titleCounts: [UInt32]
    private let stemPostings: PostingStore
    private let parameters: RankingParameters
    private let sentences: SentenceTable
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
        documents = index.documents
        titleCounts = index.titleCounts
        stemPostings = index.stemPostings
        parameters = index.parameters
        sentences = index.sentences
        self.terms = terms
    }

    /// The snippets of document `doc`'s body.
    func snippets(for doc: Int) -> [Snippet] {
        let marked = markedWords(doc)
        let text = documents[doc].text
        var copy = text
        return copy.withUTF8 { snippets(of: doc, text, utf8: $0, marked: marked) }
    }

    private func snippets(of doc: Int, _ text: String, utf8: UnsafeBufferPointer<UInt8>, marked: [Int]) -> [Snippet] {
        // The sentences come from the table; the text is scanned only in the ones shown.
        let starts = sentences.wordStarts(of: doc), offsets = sentences.byteStarts(of: doc)
        let sentenceCount = starts.count - 1
        guard sentenceCount > 0 else { return [] }
        var weights: [(sentence: Int, matches: Int)] = []
        var m = 0
        for s in 0..<sentenceCount {
            let end = Int(starts[starts.startIndex + s + 1])
            var matches = 0
            while m < marked.count, marked[m] < end { matches += 1; m += 1 }
            if matches > 0 { weights.append((s, matches)) }
        }
        weights.sort { $0.matches != $1.matches ? $0.matches > $1.matches : $0.sentence < $1.sentence }
        let ranked: [Int] = weights.prefix(parameters.snippetsPerHit).map(\.sentence).sorted()
        let chosen = ranked.isEmpty ? [0] : ranked
        return chosen.map { s in
            let first = Int(starts[starts.startIndex + s]), end = Int(starts[starts.startIndex + s + 1])
            var words: [WordSpan] = []
            words.reserveCapacity(end - first)
            WordScanner.forEachWord(in: utf8, from: Int(offsets[offsets.startIndex + s])) { word, _ in
                words.append(word)
                return words.count < end - first
            }
            return passage(first, words, text, utf8, marked)
        }
    }

    /// The body words (indices, ascending, each once) that match the query, from the postings
    /// of document `doc`.
    private func markedWords(_ doc: Int) -> [Int] {
        var marked: [Int] = []
        let bodyStart = titleCounts[doc] + 1
        func set(_ token: UInt32) {
            guard token >= bodyStart else { return }
            marked.append(Int(token - bodyStart))
        }
        func positions(_ stem: UInt32) -> ArraySlice<UInt32>? {
            let list = stemPostings[stem]
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
        marked.sort()
        var unique = 0
        for w in marked where unique == 0 || marked[unique - 1] != w {
            marked[unique] = w
            unique += 1
        }
        marked.removeLast(marked.count - unique)
        return marked
    }

    /// One sentence (its words, the first being body word `base`), cut around its first match
    /// when too long, with highlights.
    private func passage(_ base: Int, _ words: [WordSpan], _ text: String,
                         _ utf8: UnsafeBufferPointer<UInt8>, _ marked: [Int]) -> Snippet {
        let length = parameters.snippetLength
        let sentence = 0..<words.count
        var first = 0, last = words.count - 1
        func scalars(_ a: Int32, _ b: Int32) -> Int { Int(b - a) }
        if scalars(words[first].scalarStart, words[last].scalarEnd) > length + length / 4 {
            let anchor = marked.first(where: { sentence.contains($0 - base) }).map { $0 - base } ?? 0
            first = anchor
            while first > sentence.lowerBound,
                  scalars(words[first - 1].scalarStart, words[anchor].scalarStart) <= length / 3 { first -= 1 }
            last = anchor
            while last + 1 < sentence.upperBound,
                  scalars(words[first].scalarStart, words[last + 1].scalarEnd) <= length { last += 1 }
        }
        let start = Int(words[first].byteStart)
        var end = Int(words[last].byteEnd)
        if end < utf8.count {
            let (s, size) = WordScanner.scalar(in: utf8, at: end)
            if Self.isSentenceEnd(s), s != "\n" { end += size }
        }
        let prefix = first > sentence.lowerBound ? Self.ellipsis + " " : ""
        let suffix = last < sentence.upperBound - 1 ? " " + Self.ellipsis : ""
        // A slice of the original string at scalar boundaries: copied without re-validation.
        let view = text.utf8
        let cut = Substring(view[view.index(view.startIndex, offsetBy: start)..<view.index(view.startIndex, offsetBy: end)])
        var passage = prefix
        passage.reserveCapacity(prefix.utf8.count + (end - start) + suffix.utf8.count)
        passage.append(contentsOf: cut)
        passage.append(contentsOf: suffix)
        let shift = prefix.unicodeScalars.count - Int(words[first].scalarStart)
        var highlights: [HighlightRange] = []
        for w in marked where w - base >= first && w - base <= last {
            highlights.append(HighlightRange(start: Int(words[w - base].scalarStart) + shift, end: Int(words[w - base].scalarEnd) + shift))
        }
        return Snippet(text: passage, highlights: highlights)
    }
}

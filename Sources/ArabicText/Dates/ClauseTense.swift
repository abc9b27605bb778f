/// The tense of the clause a date sits in, read from the nearest past or future marker before
/// it in the same sentence (see `DateLexicon.pastVerbs` and `futureWords`); nil without one.
struct ClauseTense {
    let stream: DateTokenStream

    /// How many words before the date are read.
    static let reach = 12

    func tense(before first: Int) -> Tense? {
        var k = first - 1
        var steps = 0
        while k >= 0, steps < Self.reach {
            if endsSentence(between: k, k + 1) { return nil }
            let key = stream.key(k)
            let bare = key.text.unicodeScalars.count > 3 && (key.hasWaw || key.text.hasPrefix("ف")) ? key.droppingFirst : key
            if DateLexicon.futureWords.contains(key) || DateLexicon.futureWords.contains(bare) { return .future }
            if DateLexicon.pastVerbs.contains(key) || DateLexicon.pastVerbs.contains(bare) { return .past }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// Whether sentence punctuation or a line break lies between tokens `a` and `b`.
    private func endsSentence(between a: Int, _ b: Int) -> Bool {
        guard b < stream.count, stream.gaps[b] == .other else { return false }
        for s in stream.scalars[stream.tokens[a].end..<stream.tokens[b].start] where ".!?\u{061F}\n\u{061B}".unicodeScalars.contains(s) {
            return true
        }
        return false
    }
}

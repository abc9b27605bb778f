/// The date grammar over a token stream: at a token, the longest date expression starting
/// there, tried pattern by pattern (deictic days, day-month-year, month-year, years, decades,
/// relative periods). Pure and allocation-light; one instance per text.
struct DateGrammar {
    let stream: DateTokenStream

    init(_ stream: DateTokenStream) {
        self.stream = stream
    }

    /// The expression starting at token `i`, if any. `afterYear` says the previous match was a
    /// year ending at token `i - 1`, which makes a following و2012 or -2012 a year too.
    func match(at i: Int, afterYear: Bool) -> DateCandidate? {
        guard stream.mayStart[i], !stream.inURL[i] else { return nil }
        if afterYear, let c = continuedYear(at: i) { return c }
        // A period or day-part word (مطلع، منتصف، مساء، يوم) joins the expression that follows it.
        if DateLexicon.periodModifiers.contains(stream.key(i)), stream.spaced(i + 1),
           var c = core(at: i + 1, inContext: true), c.meaning != nil {
            c.firstToken = i
            c.start = expressionStart(i)
            return paired(c)
        }
        return core(at: i, inContext: hasContext(before: i)).map(paired)
    }

    /// The patterns in priority order; `inContext` says a time preposition or modifier precedes.
    private func core(at j: Int, inContext: Bool) -> DateCandidate? {
        guard j < stream.count else { return nil }
        if let c = deictic(at: j) ?? numericDate(at: j) ?? dayMonth(at: j) ?? hijriDayMonth(at: j) { return c }
        if let c = monthFirst(at: j, inContext: inContext) ?? hijriMonthFirst(at: j, inContext: inContext) { return c }
        if let c = yearNoun(at: j) ?? hijriYearAlone(at: j) ?? periodRelative(at: j) { return c }
        return decade(at: j) ?? ago(at: j) ?? bareYear(at: j, inContext: inContext)
    }

    /// Whether the token before `i` is a time preposition (في، منذ، حتى…) or an event noun.
    func hasContext(before i: Int) -> Bool {
        guard stream.spaced(i) else { return false }
        let k = stream.key(i - 1)
        return DateLexicon.yearPrepositions.contains(k) || DateLexicon.yearEventHeads.contains(k)
    }

    /// Whether a naming head (كتيبة، ثورة، شارع…) precedes token `i`, making what follows a name.
    func followsNamingHead(_ i: Int) -> Bool {
        guard i > 0, stream.gaps[i] == .space else { return false }
        let key = stream.key(i - 1)
        if DateLexicon.namingHeads.contains(key) { return true }
        // The head may carry a proclitic preposition or conjunction: بمدينة، وشارع، لحركة.
        guard let f = key.text.unicodeScalars.first, DateLexicon.headProclitics.contains(f), key.text.count > 3 else { return false }
        return DateLexicon.namingHeads.contains(key.droppingFirst)
    }

    /// Whether tokens `first...last` stand alone between quotation marks (`«14 آذار»`): a name.
    func isQuoted(_ first: Int, _ last: Int, end: Int) -> Bool {
        var p = stream.tokens[first].start - 1
        while p >= 0, stream.scalars[p] == " " { p -= 1 }
        guard p >= 0, let close = DateLexicon.quotePairs[stream.scalars[p]] else { return false }
        var q = end
        while q < stream.scalars.count, stream.scalars[q] == " " { q += 1 }
        return q < stream.scalars.count && stream.scalars[q] == close
    }

    /// A candidate over tokens `first...last`, its scalar end overridden by `end` when given.
    func candidate(_ first: Int, _ last: Int, end: Int? = nil, _ meaning: DateMeaning?,
                   deictic: Bool = false) -> DateCandidate {
        DateCandidate(firstToken: first, lastToken: last, start: expressionStart(first),
                      end: end ?? stream.tokens[last].end, meaning: meaning, isDeictic: deictic)
    }

    /// Where the expression starting at token `k` begins: after an attached و or ف
    /// (و2014، وعام 2011، والعام الماضي), which joins the clause, not the date.
    func expressionStart(_ k: Int) -> Int {
        let token = stream.tokens[k]
        guard let first = token.normalized.first else { return token.start }
        let rest = String(token.normalized.dropFirst())
        // A preposition attached to a year noun (لسنة 2026، بعام 2019) is not part of the date.
        let preposition = (first == "ل" || first == "ب") && DateLexicon.yearNouns.contains(WordKey(rest)) && !rest.hasPrefix("ل")
        guard first == "و" || first == "ف" || preposition else { return token.start }
        guard StreamKeys.isDigits(rest) || DateLexicon.conjoinable.contains(WordKey(rest)) else { return token.start }
        var start = token.start + 1
        while start < token.end, ArabicNormalizer.isIgnorable(stream.scalars[start]) { start += 1 }
        return start
    }

    /// Whether the scalar after token `k` (past spaces) is a percent sign.
    func followedByPercent(_ k: Int) -> Bool {
        var e = stream.tokens[k].end
        while e < stream.scalars.count, stream.scalars[e] == " " { e += 1 }
        return e < stream.scalars.count && (stream.scalars[e] == "%" || stream.scalars[e] == "\u{066A}")
    }

    /// The token after `k` when it follows with spaces only.
    func spacedKey(after k: Int) -> WordKey? {
        stream.spaced(k + 1) ? stream.key(k + 1) : nil
    }
}

/// Small predicates on normalised keys.
enum StreamKeys {
    /// Whether `key` is non-empty ASCII digits.
    static func isDigits(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { (0x30...0x39).contains($0.value) }
    }
}

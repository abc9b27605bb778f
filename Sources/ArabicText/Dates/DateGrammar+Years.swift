/// Years and decades: عام 2016، في 2014، عامي 2011 و2012، تسعينيات القرن الماضي.
extension DateGrammar {
    /// عام 2016، العام 2019، سنة 2007 (the noun is part of the expression).
    func yearNoun(at j: Int) -> DateCandidate? {
        guard DateLexicon.yearNouns.contains(stream.key(j)), stream.spaced(j + 1),
              let y = year(at: j + 1, range: 1800...2100), !stream.hasCliticDigits(j + 1) else { return nil }
        return candidate(j, y.last, .absolute(TemporalValue(year: y.value, precision: .year)))
    }

    /// A bare year: in context (في 2014، منذ 2011، انتخابات 2014), or opening a range whose
    /// other end is a year (من 2011 إلى 2014، بين 2011 و2012).
    func bareYear(at j: Int, inContext: Bool) -> DateCandidate? {
        guard !stream.hasCliticDigits(j), let y = year(at: j, range: 1900...2100) else { return nil }
        if inContext || opensYearRange(at: j, last: y.last) {
            return candidate(j, y.last, .absolute(TemporalValue(year: y.value, precision: .year)))
        }
        return nil
    }

    /// The second year of a pair or range right after a year: و2012، -2012، إلى 2012 is handled
    /// by context; this covers the clitic and dash forms.
    func continuedYear(at j: Int) -> DateCandidate? {
        let joined = stream.gaps[j] == .dash || stream.gaps[j] == .space && stream.startsWithWaw[j]
        guard joined, let y = year(at: j, range: 1800...2100) else { return nil }
        return candidate(j, y.last, .absolute(TemporalValue(year: y.value, precision: .year)))
    }

    /// Whether the year at `j` follows من/بين and a second year follows it (إلى 2014، و2014، -2014).
    private func opensYearRange(at j: Int, last: Int) -> Bool {
        guard stream.spaced(j) else { return false }
        let before = stream.key(j - 1)
        guard before == DateLexicon.of || before == DateLexicon.between else { return false }
        let n = last + 1
        guard n < stream.count else { return false }
        if stream.gaps[n] == .dash || stream.gaps[n] == .space && stream.startsWithWaw[n] {
            return year(at: n, range: 1900...2100) != nil
        }
        return stream.gaps[n] == .space && DateLexicon.rangeEnds.contains(stream.key(n))
            && stream.spaced(n + 1) && year(at: n + 1, range: 1900...2100) != nil
    }

    /// (عقد)? decade-word ((من)? القرن century-word)?: تسعينيات القرن الماضي، الثمانينات.
    func decade(at j: Int) -> DateCandidate? {
        var k = j
        if DateLexicon.decadeNoun.contains(stream.key(j)), stream.spaced(j + 1) { k += 1 }
        guard let digit = decadeDigit(stream.key(k).text) else { return nil }
        // في الستينات من عمره: an age, not a decade.
        if stream.spaced(k + 1), stream.key(k + 1) == DateLexicon.of, stream.spaced(k + 2),
           DateLexicon.ageWords.contains(stream.key(k + 2)) {
            return candidate(j, k + 2, nil)
        }
        var n = k + 1
        if stream.spaced(n), stream.key(n) == DateLexicon.of { n += 1 }
        guard stream.spaced(n), stream.key(n) == DateLexicon.centuryNoun, stream.spaced(n + 1) else {
            return candidate(j, k, .decade(digit: digit, century: .unspecified))
        }
        let word = stream.key(n + 1)
        if DateLexicon.pastWords.contains(word) {
            return candidate(j, n + 1, .decade(digit: digit, century: .previous))
        }
        guard let hundreds = DateLexicon.centuryWords[word] else {
            return candidate(j, k, .decade(digit: digit, century: .unspecified))
        }
        var last = n + 1
        // التاسع عشر، الحادي والعشرين: the century's second word.
        if let next = spacedKey(after: last), DateLexicon.ordinalTeen.contains(next) || next.hasWaw && DateLexicon.ordinalTens[next.droppingFirst] != nil {
            last += 1
        }
        return candidate(j, last, .decade(digit: digit, century: .explicit(hundreds: hundreds)))
    }

    /// The digit of a decade word (تسعينيات، التسعينات، وستينيات → 9, 9, 6), or nil.
    private func decadeDigit(_ key: String) -> Int? {
        // Every decade word ends in ات: a cheap test before any string slicing.
        guard key.unicodeScalars.last == "\u{062A}" else { return nil }
        var s = Substring(key)
        if let f = s.first, "وبلف".contains(f), s.count > 6 { s = s.dropFirst() }
        if s.hasPrefix("ال") { s = s.dropFirst(2) }
        for suffix in ["يات", "ات"] where s.hasSuffix(suffix) {
            if let d = DateLexicon.decadeStems[WordKey(String(s.dropLast(suffix.count)))] { return d }
        }
        return nil
    }
}

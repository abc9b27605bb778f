/// Day-month-year and month-year: 11 سبتمبر 2012، السادس والعشرين من شهر سبتمبر،
/// حزيران/يونيو 2018، سبتمبر (أيلول) 2012، نوفمبر الماضي.
extension DateGrammar {
    /// A month name at `k`, possibly in both systems (حزيران/يونيو، سبتمبر (أيلول)).
    struct MonthMatch {
        var month: Int
        var last: Int
        var end: Int
        var ambiguous: Bool
        var combined: Bool
        var closedParen: Bool
    }

    /// What follows a month: a year, a year relative to the anchor, or a direction (الماضي).
    enum YearPart {
        case year(Int)
        case yearOffset(Int)
        case direction(RelativeDirection)
    }

    func month(at k: Int) -> MonthMatch? {
        guard let (m, last, ambiguous) = singleMonth(at: k) else { return nil }
        var match = MonthMatch(month: m, last: last, end: stream.tokens[last].end, ambiguous: ambiguous,
                               combined: false, closedParen: false)
        let n = last + 1
        guard n < stream.count, stream.gaps[n] == .slash || stream.gaps[n] == .openParen,
              let (m2, last2, _) = singleMonth(at: n), m2 == m else { return match }
        match.last = last2
        match.end = stream.tokens[last2].end
        match.ambiguous = false
        match.combined = true
        if stream.gaps[n] == .openParen {
            var e = match.end
            while e < stream.scalars.count, stream.scalars[e] == " " { e += 1 }
            if e < stream.scalars.count, stream.scalars[e] == ")" {
                match.end = e + 1
                match.closedParen = true
            }
        }
        return match
    }

    /// One month name (one or two words) at `k`: its number, last token, and whether it is ambiguous.
    private func singleMonth(at k: Int) -> (Int, Int, Bool)? {
        let key = stream.key(k)
        if let m = DateLexicon.months[key] { return (m, k, false) }
        let bare = stream.startsWithWaw[k] ? key.droppingFirst : key
        if bare != key, let m = DateLexicon.months[bare] { return (m, k, false) }
        if let m = DateLexicon.ambiguousMonths[key] { return (m, k, true) }
        if let seconds = DateLexicon.twoWordMonths[bare], stream.spaced(k + 1),
           let m = seconds[stream.key(k + 1)] {
            return (m, k + 1, false)
        }
        return nil
    }

    /// The year part after a month ending at token `n - 1`: 2012، عام 2012، من العام الماضي، الماضي.
    func yearPart(at n: Int, afterParen: Bool) -> (YearPart, last: Int)? {
        guard n < stream.count, stream.gaps[n] == .space || afterParen && stream.gaps[n] == .closeParen else { return nil }
        var k = n
        let key = stream.key(k)
        if DateLexicon.pastWords.contains(key) { return (.direction(.past), k) }
        if DateLexicon.nextWords.contains(key) { return (.direction(.next), k) }
        if DateLexicon.currentWords.contains(key) { return (.direction(.current), k) }
        if key == DateLexicon.of, stream.spaced(k + 1) { k += 1 }
        if DateLexicon.yearNouns.contains(stream.key(k)), stream.spaced(k + 1), let y = year(at: k + 1, range: 1800...2100) {
            return (.year(y.value), y.last)
        }
        if let offset = relativeYear(at: k) { return (.yearOffset(offset.offset), offset.last) }
        if k == n, !stream.hasCliticDigits(k), let y = year(at: k, range: 1800...2100) { return (.year(y.value), y.last) }
        return nil
    }

    /// A year number at `k` in `range`, not Hijri, not a count, with an optional م after it.
    func year(at k: Int, range: ClosedRange<Int>) -> (value: Int, last: Int)? {
        guard let y = stream.number(k), range.contains(y), !stream.isHijriMarked(k), !followedByPercent(k),
              !followsLabel(k) else { return nil }
        if let next = spacedKey(after: k) {
            if DateLexicon.hijriMarkers.contains(next) || DateLexicon.countNouns.contains(next) { return nil }
            if DateLexicon.gregorianMarkers.contains(next) { return (y, k + 1) }
        }
        return (y, k)
    }

    /// العام الماضي، السنة المقبلة، هذا العام at `k`: the offset in years and the last token.
    func relativeYear(at k: Int) -> (offset: Int, last: Int)? {
        let key = stream.key(k)
        if DateLexicon.thisWords.contains(key), let next = spacedKey(after: k), DateLexicon.periodNouns[next] == .year {
            return (0, k + 1)
        }
        guard DateLexicon.periodNouns[key] == .year, let next = spacedKey(after: k) else { return nil }
        if DateLexicon.pastWords.contains(next) { return (-1, k + 1) }
        if DateLexicon.nextWords.contains(next) { return (1, k + 1) }
        if DateLexicon.currentWords.contains(next) { return (0, k + 1) }
        return nil
    }

    /// The year part of a month coordinated with this one (يونيو ويوليو 2018): the first
    /// month shares it; the second is matched on its own afterwards.
    func coordinatedYear(after m: MonthMatch) -> (YearPart, last: Int)? {
        let n = m.last + 1
        guard stream.spaced(n), stream.startsWithWaw[n], let other = month(at: n), !other.ambiguous else { return nil }
        return yearPart(at: other.last + 1, afterParen: other.closedParen)
    }

    /// A day, as digits (11، الـ17) or an ordinal (السادس والعشرين، الحادي عشر), at `j`:
    /// its value, last token, and whether it was an ordinal.
    func day(at j: Int) -> (Int, Int, Bool)? {
        if let d = stream.number(j), (1...31).contains(d) { return (d, j, false) }
        let key = stream.key(j)
        if let tens = DateLexicon.ordinalTens[key] { return (tens, j, true) }
        guard let unit = DateLexicon.ordinalUnits[key] ?? (key == DateLexicon.libyanFirst ? 1 : nil) else { return nil }
        if let next = spacedKey(after: j) {
            if DateLexicon.ordinalTeen.contains(next) { return (unit + 10, j + 1, true) }
            if next.hasWaw, let tens = DateLexicon.ordinalTens[next.droppingFirst], unit < 10 {
                return (tens + unit, j + 1, true)
            }
        }
        return DateLexicon.compoundOnlyOrdinals.contains(key) ? nil : (unit, j, true)
    }

    /// Day (من)? (شهر)? month (year part)?, e.g. 30 أكتوبر 2017، العاشر من يوليو.
    func dayMonth(at j: Int) -> DateCandidate? {
        guard let (d, dayLast, ordinal) = day(at: j) else { return nil }
        var k = dayLast + 1
        guard stream.spaced(k) else { return nil }
        var sawOf = false
        if stream.key(k) == DateLexicon.of, stream.spaced(k + 1) { k += 1; sawOf = true }
        if DateLexicon.monthNoun.contains(stream.key(k)), stream.spaced(k + 1) { k += 1 }
        guard let m = month(at: k), !ordinal || sawOf else { return nil }
        if followsNamingHead(j) { return candidate(j, m.last, nil) }
        let part = yearPart(at: m.last + 1, afterParen: m.closedParen)
        let last = part?.last ?? m.last
        let end = part == nil ? m.end : nil
        switch part?.0 {
        case .year(let y)?:
            guard CivilDate.isValid(day: d, month: m.month, year: y) else { return nil }
            return candidate(j, last, .absolute(TemporalValue(year: y, month: m.month, day: d, precision: .day)))
        case .yearOffset(let o)?:
            return candidate(j, last, .relative(.monthInYear(month: m.month, day: d, yearOffset: o)))
        case .direction(let dir)?:
            return candidate(j, last, .relative(.namedMonth(month: m.month, day: d, dir)))
        case nil:
            guard CivilDate.isValid(day: d, month: m.month, year: nil) else { return nil }
            // A quoted day and month without a year names a movement or an alliance (`«14 آذار»`).
            if isQuoted(j, last, end: m.end) { return candidate(j, last, end: end, nil) }
            return candidate(j, last, end: end, .yearless(month: m.month, day: d))
        }
    }

    /// (شهر)? month (year part)?, e.g. حزيران/يونيو 2018، نوفمبر الماضي، في شهر أغسطس.
    func monthFirst(at j: Int, inContext: Bool) -> DateCandidate? {
        var k = j
        let hasNoun = DateLexicon.monthNoun.contains(stream.key(j)) && stream.spaced(j + 1)
        if hasNoun { k += 1 }
        guard let m = month(at: k) else { return nil }
        let part = yearPart(at: m.last + 1, afterParen: m.closedParen) ?? coordinatedYear(after: m)
        let last = part?.last ?? m.last
        let shared = part.map { $0.last > m.last + 1 && stream.startsWithWaw[m.last + 1] } ?? false
        let end = part == nil || shared ? m.end : nil
        switch part?.0 {
        case .year(let y)?:
            return candidate(j, shared ? m.last : last, end: end,
                             .absolute(TemporalValue(year: y, month: m.month, precision: .month)))
        case .yearOffset(let o)?:
            return candidate(j, shared ? m.last : last, end: end,
                             .relative(.monthInYear(month: m.month, day: nil, yearOffset: o)))
        case .direction(let dir)?:
            return candidate(j, shared ? m.last : last, end: end, .relative(.namedMonth(month: m.month, day: nil, dir)))
        case nil:
            // Without a year, a month needs the word شهر, a preposition, or both systems;
            // an ambiguous one (مارس، آب، ماي) needs شهر or both systems.
            let trusted = hasNoun || m.combined || inContext && !m.ambiguous
            guard trusted, !followsNamingHead(j) else { return nil }
            return candidate(j, last, end: m.end, .yearless(month: m.month, day: nil))
        }
    }
}

/// Hijri dates: 23 رمضان 1436هـ، الأول من ربيع الآخر 1436 هـ، شهر رمضان 1436، في شهر رمضان،
/// رمضان الماضي، عام 1410هـ، 1436 للهجرة; and a date given in both calendars (15 شعبان 1440هـ
/// الموافق 20 أبريل 2019م، or the Gregorian one in parentheses), which is one date.
extension DateGrammar {
    /// A Hijri month name (one or two words) at `k`: its number, last token, and whether it is
    /// also a common word (صفر).
    func hijriMonth(at k: Int) -> (month: Int, last: Int, ambiguous: Bool)? {
        let key = stream.key(k)
        let keys = stream.startsWithWaw[k] && key.text.unicodeScalars.count > 3 ? [key, key.droppingFirst] : [key]
        for candidate in keys {
            if let m = DateLexicon.hijriMonths[candidate] {
                return (m, k, DateLexicon.ambiguousHijriMonths.contains(candidate))
            }
            if let seconds = DateLexicon.twoWordHijriMonths[candidate], stream.spaced(k + 1), let m = seconds[stream.key(k + 1)] {
                return (m, k + 1, false)
            }
        }
        return nil
    }

    /// A Hijri year number at `k` (1300–1500), with its marker (1436هـ، 1436 هـ، 1436 للهجرة)
    /// when there is one; `markerRequired` refuses a number without.
    func hijriYear(at k: Int, markerRequired: Bool) -> (value: Int, last: Int)? {
        guard let y = stream.number(k), HijriCalendar.years.contains(y), !followedByPercent(k), !followsLabel(k) else { return nil }
        if stream.isHijriMarked(k) { return (y, k) }
        if let next = spacedKey(after: k) {
            if DateLexicon.hijriMarkers.contains(next) { return (y, k + 1) }
            if DateLexicon.countNouns.contains(next) || DateLexicon.gregorianMarkers.contains(next) { return nil }
        }
        return markerRequired ? nil : (y, k)
    }

    /// What follows a Hijri month: a year (رمضان 1436، من عام 1436هـ) or a direction (الماضي).
    private func hijriYearPart(at n: Int) -> (YearPart, last: Int)? {
        guard stream.spaced(n) else { return nil }
        var k = n
        let key = stream.key(k)
        if DateLexicon.pastWords.contains(key) { return (.direction(.past), k) }
        if DateLexicon.nextWords.contains(key) { return (.direction(.next), k) }
        if DateLexicon.currentWords.contains(key) { return (.direction(.current), k) }
        if key == DateLexicon.of, stream.spaced(k + 1) { k += 1 }
        if DateLexicon.yearNouns.contains(stream.key(k)), stream.spaced(k + 1),
           let y = hijriYear(at: k + 1, markerRequired: false) {
            return (.year(y.value), y.last)
        }
        guard k == n, let y = hijriYear(at: k, markerRequired: false) else { return nil }
        return (.year(y.value), y.last)
    }

    /// A candidate for Hijri `h` over `first...last`: its Gregorian value as the meaning.
    private func hijriCandidate(_ first: Int, _ last: Int, _ h: TemporalValue) -> DateCandidate? {
        guard let g = HijriCalendar.gregorianValue(of: h) else { return nil }
        var c = candidate(first, last, .absolute(g))
        c.hijri = h
        return c
    }

    /// Day (من)? (شهر)? Hijri month (year or direction)?: 23 رمضان 1436هـ، الأول من شوال.
    func hijriDayMonth(at j: Int) -> DateCandidate? {
        guard let (d, dayLast, ordinal) = day(at: j), d <= 30 else { return nil }
        var k = dayLast + 1
        guard stream.spaced(k) else { return nil }
        var sawOf = false
        if stream.key(k) == DateLexicon.of, stream.spaced(k + 1) { k += 1; sawOf = true }
        if DateLexicon.monthNoun.contains(stream.key(k)), stream.spaced(k + 1) { k += 1 }
        guard let m = hijriMonth(at: k), !ordinal || sawOf else { return nil }
        if followsNamingHead(j) { return candidate(j, m.last, nil) }
        switch hijriYearPart(at: m.last + 1) {
        case (.year(let y), let last)?:
            return hijriCandidate(j, last, TemporalValue(year: y, month: m.month, day: d, precision: .day))
        case (.direction(let dir), let last)?:
            return candidate(j, last, .hijriYearless(month: m.month, day: d, dir))
        default:
            if isQuoted(j, m.last, end: stream.tokens[m.last].end) { return candidate(j, m.last, nil) }
            return candidate(j, m.last, .hijriYearless(month: m.month, day: d, .latest))
        }
    }

    /// (شهر)? Hijri month (year or direction)?: شهر رمضان 1436هـ، في رمضان، شوال الماضي.
    func hijriMonthFirst(at j: Int, inContext: Bool) -> DateCandidate? {
        let hasNoun = DateLexicon.monthNoun.contains(stream.key(j)) && stream.spaced(j + 1)
        guard let m = hijriMonth(at: hasNoun ? j + 1 : j) else { return nil }
        switch hijriYearPart(at: m.last + 1) {
        case (.year(let y), let last)?:
            return hijriCandidate(j, last, TemporalValue(year: y, month: m.month, precision: .month))
        case (.direction(let dir), let last)?:
            return candidate(j, last, .hijriYearless(month: m.month, day: nil, dir))
        default:
            // Without a year, a month needs شهر or a preposition (رمضان is also a name);
            // صفر ("zero") needs شهر.
            let trusted = hasNoun || inContext && !m.ambiguous
            guard trusted, !followsNamingHead(j) else { return nil }
            return candidate(j, m.last, .hijriYearless(month: m.month, day: nil, .latest))
        }
    }

    /// A Hijri year with its marker, after a year noun or alone: عام 1410هـ، 1436 للهجرة.
    func hijriYearAlone(at j: Int) -> DateCandidate? {
        if DateLexicon.yearNouns.contains(stream.key(j)), stream.spaced(j + 1),
           let y = hijriYear(at: j + 1, markerRequired: true) {
            return hijriCandidate(j, y.last, TemporalValue(year: y.value, precision: .year))
        }
        guard !stream.hasCliticDigits(j) || stream.isHijriMarked(j), let y = hijriYear(at: j, markerRequired: true) else { return nil }
        return hijriCandidate(j, y.last, TemporalValue(year: y.value, precision: .year))
    }

    /// `c` joined with the same date in the other calendar right after it (الموافق …, or in
    /// parentheses): one expression whose value is the Gregorian date as written and whose
    /// Hijri date is kept. `c` unchanged when no such partner follows.
    func paired(_ c: DateCandidate) -> DateCandidate {
        guard c.meaning != nil else { return c }
        var n = c.lastToken + 1
        guard n < stream.count else { return c }
        let gap = stream.gaps[n]
        var inParens = gap == .openParen
        if DateLexicon.equivalent.contains(stream.key(n)), gap == .space || gap == .comma || gap == .openParen {
            n += 1
            // الموافق لـ 10 يوليو: the preposition written apart.
            if n + 1 < stream.count, stream.key(n) == DateLexicon.toPreposition { n += 1 }
            guard n < stream.count, stream.gaps[n] == .space || stream.gaps[n] == .openParen else { return c }
            inParens = inParens || stream.gaps[n] == .openParen
        } else if !inParens {
            return c
        }
        guard let other = numericDate(at: n) ?? dayMonth(at: n) ?? hijriDayMonth(at: n)
                ?? monthFirst(at: n, inContext: true) ?? hijriMonthFirst(at: n, inContext: true),
              case .absolute(let value)? = other.meaning else { return c }
        let hijri: TemporalValue
        let gregorian: DateMeaning
        if let h = other.hijri, c.hijri == nil, case .absolute? = c.meaning {
            (hijri, gregorian) = (h, c.meaning!)
        } else if other.hijri == nil, let h = c.hijri ?? Self.hijriOf(c, given: value) {
            (hijri, gregorian) = (h, .absolute(value))
        } else {
            return c
        }
        var merged = c
        merged.lastToken = other.lastToken
        merged.end = other.end
        if inParens {
            var e = merged.end
            while e < stream.scalars.count, stream.scalars[e] == " " { e += 1 }
            if e < stream.scalars.count, stream.scalars[e] == ")" { merged.end = e + 1 }
        }
        merged.meaning = gregorian
        merged.hijri = hijri
        return merged
    }

    /// The Hijri date of a yearless Hijri day paired with a Gregorian day (الجمعة 23 رمضان
    /// الموافق 10 يوليو 2015): the Gregorian day converted.
    private static func hijriOf(_ c: DateCandidate, given value: TemporalValue) -> TemporalValue? {
        guard case .hijriYearless(let m, let d?, _)? = c.meaning, value.precision == .day,
              let y = value.year, let gm = value.month, let gd = value.day,
              let h = HijriCalendar.hijriDate(of: CivilDate(year: y, month: gm, day: gd)), h.month == m, abs(h.day - d) <= 1 else { return nil }
        return TemporalValue(year: h.year, month: m, day: d, precision: .day)
    }

    /// Whether a label head (القرار، رقم) precedes token `k`: a number, not a date.
    func followsLabel(_ k: Int) -> Bool {
        stream.spaced(k) && DateLexicon.labelHeads.contains(stream.key(k - 1))
    }
}

/// All-digit dates: 11/09/2012، 11-9-2012، 2012-09-11، 2012/9/11 (day first unless the year is),
/// and Hijri ones by their year (23/ 9/ 1436هـ، 1436/10/05). Not a number with a label before it
/// (القرار رقم 12/3/1436 is a decision's number), nor one of a longer run of numbers (a phone
/// number or a reference: 12-11-2015-4).
extension DateGrammar {
    func numericDate(at j: Int) -> DateCandidate? {
        guard j + 2 < stream.count, !stream.hasCliticDigits(j),
              let a = stream.number(j), let b = stream.number(j + 1), let c = stream.number(j + 2) else { return nil }
        let separator = stream.gaps[j + 1]
        guard separator == .slash || separator == .dash, stream.gaps[j + 2] == separator,
              stream.digitCount(j + 1) <= 2, !followsLabel(j) else { return nil }
        if j > 0, stream.gaps[j] == separator, stream.number(j - 1) != nil { return nil }
        if j + 3 < stream.count, stream.gaps[j + 3] == separator, stream.number(j + 3) != nil { return nil }
        let (y, m, d): (Int, Int, Int)
        let yearToken: Int
        if stream.digitCount(j) == 4, stream.digitCount(j + 2) <= 2 {
            (y, m, d, yearToken) = (a, b, c, j)
        } else if stream.digitCount(j + 2) == 4, stream.digitCount(j) <= 2 {
            (y, m, d, yearToken) = (c, b, a, j + 2)
        } else {
            return nil
        }
        if HijriCalendar.years.contains(y) {
            var last = j + 2
            if let next = spacedKey(after: last), DateLexicon.hijriMarkers.contains(next) { last += 1 }
            let h = TemporalValue(year: y, month: m, day: d, precision: .day)
            guard let g = HijriCalendar.gregorianValue(of: h) else { return nil }
            var out = candidate(j, last, .absolute(g))
            out.hijri = h
            return out
        }
        guard (1900...2100).contains(y), !stream.isHijriMarked(yearToken),
              CivilDate.isValid(day: d, month: m, year: y) else { return nil }
        var last = j + 2
        if yearToken == j + 2, let next = spacedKey(after: last), DateLexicon.gregorianMarkers.contains(next) { last += 1 }
        return candidate(j, last, .absolute(TemporalValue(year: y, month: m, day: d, precision: .day)))
    }
}

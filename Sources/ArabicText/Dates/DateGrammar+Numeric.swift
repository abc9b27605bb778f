/// All-digit dates: 11/09/2012، 11-9-2012، 2012-09-11، 2012/9/11 (day first unless the year is).
extension DateGrammar {
    func numericDate(at j: Int) -> DateCandidate? {
        guard j + 2 < stream.count, !stream.hasCliticDigits(j),
              let a = stream.number(j), let b = stream.number(j + 1), let c = stream.number(j + 2) else { return nil }
        let separator = stream.gaps[j + 1]
        guard separator == .slash || separator == .dash, stream.gaps[j + 2] == separator,
              stream.digitCount(j + 1) <= 2 else { return nil }
        let (y, m, d): (Int, Int, Int)
        if stream.digitCount(j) == 4, stream.digitCount(j + 2) <= 2 {
            (y, m, d) = (a, b, c)
        } else if stream.digitCount(j + 2) == 4, stream.digitCount(j) <= 2 {
            (y, m, d) = (c, b, a)
        } else {
            return nil
        }
        guard (1900...2100).contains(y), CivilDate.isValid(day: d, month: m, year: y) else { return nil }
        return candidate(j, j + 2, .absolute(TemporalValue(year: y, month: m, day: d, precision: .day)))
    }
}

/// Turns a `DateMeaning` into a `TemporalValue`, using the article's date (the anchor) for
/// what the text leaves open. Rules where the issue is silent:
/// - A day or month without a year takes the anchor's year, unless that puts it more than
///   `futureWindowDays` after the anchor; then the year before (news mostly reports the past,
///   but announces the coming weeks).
/// - An arithmetic that needs a finer anchor than the one given (الجمعة against a year-only
///   anchor) answers at the anchor's own precision when that is still certain, else nil.
/// - الأسبوع الماضي is the anchor minus 7 days, at day precision; منتصف العام الماضي is the
///   year (the modifier does not narrow it).
enum DateResolver {
    /// How far after the anchor a yearless date may fall before it is read as last year's.
    static let futureWindowDays = 90

    /// The value of `meaning` against `anchor`; nil when it cannot be known.
    static func resolve(_ meaning: DateMeaning, anchor: TemporalValue?) -> TemporalValue? {
        let anchor = anchor.flatMap { $0.year == nil || $0.precision == .decade ? nil : $0 }
        switch meaning {
        case .absolute(let value):
            return value
        case .yearless(let month, let day):
            return yearless(month: month, day: day, anchor: anchor)
        case .decade(let digit, let century):
            let hundreds: Int
            switch century {
            case .explicit(let h): hundreds = h
            case .previous: hundreds = anchor.map { $0.year! / 100 - 1 } ?? 19
            case .unspecified: hundreds = 19
            }
            return TemporalValue(year: hundreds * 100 + digit * 10, precision: .decade)
        case .relative(let relative):
            guard let anchor else { return nil }
            return RelativeArithmetic(anchor: anchor).resolve(relative)
        }
    }

    private static func yearless(month: Int, day: Int?, anchor: TemporalValue?) -> TemporalValue {
        let precision: TemporalValue.Precision = day == nil ? .month : .day
        guard let anchor, let year = anchor.year else {
            return TemporalValue(year: nil, month: month, day: day, precision: precision)
        }
        var chosen = year
        if let aMonth = anchor.month {
            let anchorDate = CivilDate(year: year, month: aMonth, day: anchor.day ?? CivilDate.daysIn(month: aMonth, year: year))
            let safeDay = min(day ?? 1, CivilDate.daysIn(month: month, year: year))
            let candidate = CivilDate(year: year, month: month, day: safeDay)
            if candidate.daysSinceEpoch - anchorDate.daysSinceEpoch > futureWindowDays { chosen = year - 1 }
        }
        return TemporalValue(year: chosen, month: month, day: day, precision: precision)
    }
}

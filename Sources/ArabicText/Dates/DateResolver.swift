/// Turns a `DateMeaning` into a `TemporalValue`, using the article's date (the anchor) for
/// what the text leaves open. Rules where the issue is silent:
/// - A day or month without a year takes the anchor's year, unless that puts it more than
///   `futureWindowDays` after the anchor; then the year before (news mostly reports the past,
///   but announces the coming weeks). The clause's tense overrides the window: after a past
///   verb (حذرت في الخامس عشر من أيار) the date is the latest one on or before the anchor,
///   after a future one (سيعقد في العاشر من يناير) the first one on or after it.
/// - A Hijri month without a year does the same in the Hijri calendar (the anchor's Hijri year).
/// - An arithmetic that needs a finer anchor than the one given (الجمعة against a year-only
///   anchor) answers at the anchor's own precision when that is still certain, else nil.
/// - الأسبوع الماضي is the anchor minus 7 days, at day precision; منتصف العام الماضي is the
///   year (the modifier does not narrow it).
enum DateResolver {
    /// How far after the anchor a yearless date may fall before it is read as last year's.
    static let futureWindowDays = 90

    /// The value of `meaning` against `anchor`; nil when it cannot be known.
    static func resolve(_ meaning: DateMeaning, anchor: TemporalValue?, tense: Tense? = nil) -> TemporalValue? {
        resolveWithHijri(meaning, anchor: anchor, tense: tense).value
    }

    /// The value of `meaning` and, for a Hijri month without a year, its Hijri date.
    static func resolveWithHijri(_ meaning: DateMeaning, anchor: TemporalValue?, tense: Tense?) -> (value: TemporalValue?, hijri: TemporalValue?) {
        let anchor = anchor.flatMap { $0.year == nil || $0.precision == .decade ? nil : $0 }
        switch meaning {
        case .absolute(let value):
            return (value, nil)
        case .yearless(let month, let day):
            return (yearless(month: month, day: day, anchor: anchor, tense: tense), nil)
        case .decade(let digit, let century):
            let hundreds: Int
            switch century {
            case .explicit(let h): hundreds = h
            case .previous: hundreds = anchor.map { $0.year! / 100 - 1 } ?? 19
            case .unspecified: hundreds = 19
            }
            return (TemporalValue(year: hundreds * 100 + digit * 10, precision: .decade), nil)
        case .relative(let relative):
            guard let anchor else { return (nil, nil) }
            return (RelativeArithmetic(anchor: anchor, tense: tense).resolve(relative), nil)
        case .hijriYearless(let month, let day, let direction):
            let precision: TemporalValue.Precision = day == nil ? .month : .day
            guard let anchor, let today = HijriCalendar.hijriDate(of: anchorDay(anchor)) else {
                return (nil, TemporalValue(year: nil, month: month, day: day, precision: precision))
            }
            let here = (today.month, day == nil ? 0 : today.day)
            let there = (month, day ?? 0)
            var year = today.year
            switch (direction, tense) {
            case (.past, _): if !(there < here) { year -= 1 }
            case (.next, _): if !(there > here) { year += 1 }
            case (.current, _): break
            case (.latest, .past?): if there > here { year -= 1 }
            case (.latest, .future?): if there < here { year += 1 }
            case (.latest, nil):
                let h = TemporalValue(year: year, month: month, day: day ?? 1, precision: .day)
                if let g = HijriCalendar.gregorianValue(of: h), let gy = g.year, let gm = g.month, let gd = g.day,
                   CivilDate(year: gy, month: gm, day: gd).daysSinceEpoch - anchorDay(anchor).daysSinceEpoch > futureWindowDays {
                    year -= 1
                }
            }
            let hijri = TemporalValue(year: year, month: month, day: day, precision: precision)
            return (HijriCalendar.gregorianValue(of: hijri), hijri)
        }
    }

    /// The anchor as a day: its own, else the middle of its month or year.
    private static func anchorDay(_ anchor: TemporalValue) -> CivilDate {
        CivilDate(year: anchor.year!, month: anchor.month ?? 7, day: anchor.day ?? (anchor.month == nil ? 1 : 15))
    }

    private static func yearless(month: Int, day: Int?, anchor: TemporalValue?, tense: Tense?) -> TemporalValue {
        let precision: TemporalValue.Precision = day == nil ? .month : .day
        guard let anchor, let year = anchor.year else {
            return TemporalValue(year: nil, month: month, day: day, precision: precision)
        }
        var chosen = year
        if let aMonth = anchor.month {
            let here = (aMonth, day == nil ? 0 : anchor.day ?? 0)
            let there = (month, day ?? 0)
            switch tense {
            case .past?:
                if there > here { chosen = year - 1 }
            case .future?:
                if there < here { chosen = year + 1 }
            case nil:
                let anchorDate = CivilDate(year: year, month: aMonth, day: anchor.day ?? CivilDate.daysIn(month: aMonth, year: year))
                let safeDay = min(day ?? 1, CivilDate.daysIn(month: month, year: year))
                let candidate = CivilDate(year: year, month: month, day: safeDay)
                if candidate.daysSinceEpoch - anchorDate.daysSinceEpoch > futureWindowDays { chosen = year - 1 }
            }
        }
        return TemporalValue(year: chosen, month: month, day: day, precision: precision)
    }
}

import Foundation

/// Conversion between the Hijri calendar of Umm al-Qura (Saudi Arabia's official one, the
/// calendar of Saudi news) and the Gregorian calendar, with Foundation's
/// `Calendar(identifier: .islamicUmmAlQura)` (ICU's tables; checked on Linux: 1 Shawwal 1436 =
/// 17 July 2015, 23 Ramadan 1436 = Friday 10 July 2015, 1 Muharram 1437 = 14 October 2015).
///
/// Precision on the Gregorian timeline: a Hijri day is a Gregorian day; a Hijri month (29–30
/// days, always across two Gregorian months) is placed in the Gregorian month holding its 15th
/// day (so at least half of its days), at month precision; a Hijri year (354–355 days,
/// across two Gregorian years) in the Gregorian year holding its middle (1 Rajab), at year
/// precision. The Hijri original stays on the mention (`TemporalMention.hijri`).
public enum HijriCalendar {
    /// The Hijri years converted (ICU's Umm al-Qura tables cover 1300–1600; news needs fewer).
    public static let years = 1300...1500

    private static let hijri: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    private static let gregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// The Gregorian day of Hijri `day`/`month`/`year`, or nil when that day does not exist
    /// (a 30th of a 29-day month) or the year is out of range.
    static func civilDate(year: Int, month: Int, day: Int) -> CivilDate? {
        guard years.contains(year), (1...12).contains(month), (1...30).contains(day),
              let date = hijri.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        let back = hijri.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let g = gregorian.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: g.year!, month: g.month!, day: g.day!)
    }

    /// The Hijri day/month/year of a Gregorian day.
    static func hijriDate(of day: CivilDate) -> (year: Int, month: Int, day: Int)? {
        guard let date = gregorian.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) else { return nil }
        let h = hijri.dateComponents([.year, .month, .day], from: date)
        guard let y = h.year, let m = h.month, let d = h.day else { return nil }
        return (y, m, d)
    }

    /// The Gregorian value of a Hijri value (see the type's note on precision); nil without a
    /// year, for a decade, or for a day that does not exist.
    public static func gregorianValue(of h: TemporalValue) -> TemporalValue? {
        guard let y = h.year else { return nil }
        switch h.precision {
        case .day:
            guard let m = h.month, let d = h.day, let c = civilDate(year: y, month: m, day: d) else { return nil }
            return TemporalValue(year: c.year, month: c.month, day: c.day, precision: .day)
        case .month:
            guard let m = h.month, let c = civilDate(year: y, month: m, day: 15) else { return nil }
            return TemporalValue(year: c.year, month: c.month, precision: .month)
        case .year:
            guard let c = civilDate(year: y, month: 7, day: 1) else { return nil }
            return TemporalValue(year: c.year, precision: .year)
        case .decade:
            return nil
        }
    }
}

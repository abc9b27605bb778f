import ArabicText
import Foundation

/// Checks a publication date given by metadata before it anchors an article's relative dates.
///
/// - A year in the Hijri range (1300–1500, as in `1436-10-05`) is a Hijri date written in ISO
///   form: it is converted (Umm al-Qura) with a warning; a day that does not exist is refused.
/// - Otherwise the year must be plausible for news: from 1800 to next year (by the clock);
///   anything else (`0999`, `2099`) is refused with a warning and the article is dated from
///   its content instead.
public enum PublicationDate {
    /// The oldest year accepted as a Gregorian publication date.
    public static let earliestYear = 1800

    /// What to do with a given date.
    public enum Verdict: Equatable, Sendable {
        case accepted(TemporalValue)
        case converted(TemporalValue, warning: String)
        case refused(warning: String)

        /// The date to use, if any.
        public var value: TemporalValue? {
            switch self {
            case .accepted(let v), .converted(let v, _): v
            case .refused: nil
            }
        }

        /// The warning to log, if any.
        public var warning: String? {
            switch self {
            case .accepted: nil
            case .converted(_, let w), .refused(let w): w
            }
        }
    }

    /// The verdict on `value` (as written: `text`), with `now` for the latest plausible year.
    public static func check(_ value: TemporalValue, written text: String, now: Date = Date()) -> Verdict {
        guard let year = value.year else { return .refused(warning: "published \(text) has no year; ignored") }
        if HijriCalendar.years.contains(year) {
            guard let g = HijriCalendar.gregorianValue(of: value) else {
                return .refused(warning: "published \(text) looks like a Hijri date that does not exist; ignored")
            }
            return .converted(g, warning: "published \(text) looks like a Hijri (Umm al-Qura) date; read as \(g)")
        }
        let latest = Calendar(identifier: .gregorian).component(.year, from: now) + 1
        guard (earliestYear...latest).contains(year) else {
            return .refused(warning: "published \(text) is not a plausible publication year (\(earliestYear)–\(latest)); ignored")
        }
        return .accepted(value)
    }

    /// Today by the clock, for bounding estimated dates.
    static func today(_ now: Date = Date()) -> TemporalValue {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now)
        return TemporalValue(year: c.year!, month: c.month!, day: c.day!, precision: .day)
    }
}

/// A calendar date of some precision, as in the contract: `2012-09-11`, `2018-06`, `2014`,
/// `199X`, or `XXXX-09-26` when the year is unknown.
public struct TemporalValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Hashable, Codable {
        case day, month, year, decade
    }

    // Stored in 16 bytes rather than three `Int?` (48): a snapshot keeps one per date mention
    // and per event. `Int.min` and `Int16.min` stand for nil; month and day come from the
    // calendar (or relative arithmetic on it) and always fit 16 bits.
    private var storedYear: Int
    private var storedMonth: Int16
    private var storedDay: Int16
    public var precision: Precision

    /// The year; for a decade, its first year (1990 for `199X`); nil when unknown.
    public var year: Int? {
        get { storedYear == .min ? nil : storedYear }
        set { storedYear = newValue ?? .min }
    }

    public var month: Int? {
        get { storedMonth == .min ? nil : Int(storedMonth) }
        set { storedMonth = newValue.map { Int16(clamping: $0) } ?? .min }
    }

    public var day: Int? {
        get { storedDay == .min ? nil : Int(storedDay) }
        set { storedDay = newValue.map { Int16(clamping: $0) } ?? .min }
    }

    public init(year: Int?, month: Int? = nil, day: Int? = nil, precision: Precision) {
        storedYear = .min
        storedMonth = .min
        storedDay = .min
        self.precision = precision
        self.year = year
        self.month = month
        self.day = day
    }

    /// The contract's string form.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = year.map { String($0) } ?? "XXXX"
        switch precision {
        case .decade: return year.map { String($0 / 10) + "X" } ?? "XXXX"
        case .year: return y
        case .month: return "\(y)-\(two(month ?? 1))"
        case .day: return "\(y)-\(two(month ?? 1))-\(two(day ?? 1))"
        }
    }

    /// Oldest first; an unknown year sorts after every known one.
    public static func < (a: TemporalValue, b: TemporalValue) -> Bool {
        let ka = (a.year ?? Int.max, a.month ?? 0, a.day ?? 0)
        let kb = (b.year ?? Int.max, b.month ?? 0, b.day ?? 0)
        return ka < kb
    }
}

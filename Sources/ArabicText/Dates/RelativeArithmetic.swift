/// Calendar arithmetic of relative expressions against one anchor of day, month or year precision.
struct RelativeArithmetic {
    let anchor: TemporalValue
    /// The clause's tense: a bare weekday after a future verb (سيزور الخميس) is the next one.
    var tense: Tense?

    private var year: Int { anchor.year! }

    /// The anchor as a calendar day, when it has day precision.
    private var anchorDay: CivilDate? {
        guard anchor.precision == .day, let m = anchor.month, let d = anchor.day else { return nil }
        return CivilDate(year: year, month: m, day: d)
    }

    func resolve(_ relative: RelativeDate) -> TemporalValue? {
        switch relative {
        case .dayOffset(let n):
            return shiftDays(n)
        case .weekday(let w, let direction):
            guard let today = anchorDay else { return coarse() }
            var back = (today.weekday - w + 7) % 7
            switch direction {
            case .latest where tense == .future: return day(today.adding(days: (w - today.weekday + 7) % 7))
            case .latest, .current: break
            case .past: if back == 0 { back = 7 }
            case .next: return day(today.adding(days: (w - today.weekday + 7) % 7 == 0 ? 7 : (w - today.weekday + 7) % 7))
            }
            return day(today.adding(days: -back))
        case .weekdayNear(let w, let offset):
            guard let today = anchorDay else { return coarse() }
            let target = today.adding(days: offset)
            let forward = (w - target.weekday + 7) % 7
            let backward = (target.weekday - w + 7) % 7
            // Ties (three or four days either way) lean the offset's way.
            let forwardWins = forward < backward || forward == backward && offset > 0
            return day(target.adding(days: forwardWins ? forward : -backward))
        case .monthOffset(let n):
            guard let m = anchor.month else { return n == 0 ? TemporalValue(year: year, precision: .year) : nil }
            let total = year * 12 + (m - 1) + n
            return TemporalValue(year: total / 12, month: total % 12 + 1, precision: .month)
        case .yearOffset(let n):
            return TemporalValue(year: year + n, precision: .year)
        case .ago(let n, let unit):
            switch unit {
            case .day: return shiftDays(-n)
            case .week: return shiftDays(-7 * n)
            case .month: return resolve(.monthOffset(-n))
            case .year: return resolve(.yearOffset(-n))
            }
        case .namedMonth(let month, let d, let direction):
            return namedMonth(month, day: d, direction)
        case .monthInYear(let month, let d, let offset):
            return TemporalValue(year: year + offset, month: month, day: d, precision: d == nil ? .month : .day)
        }
    }

    /// نوفمبر الماضي: the latest November strictly before the anchor's month (and day).
    private func namedMonth(_ month: Int, day d: Int?, _ direction: RelativeDirection) -> TemporalValue? {
        let precision: TemporalValue.Precision = d == nil ? .month : .day
        guard let aMonth = anchor.month else {
            if direction == .current { return TemporalValue(year: year, month: month, day: d, precision: precision) }
            return TemporalValue(year: nil, month: month, day: d, precision: precision)
        }
        let here = (aMonth, d == nil ? 0 : anchor.day ?? 0)
        let there = (month, d ?? 0)
        let y: Int
        switch direction {
        case .past, .latest: y = there < here ? year : year - 1
        case .next: y = there > here ? year : year + 1
        case .current: y = year
        }
        return TemporalValue(year: y, month: month, day: d, precision: precision)
    }

    private func shiftDays(_ n: Int) -> TemporalValue? {
        guard let today = anchorDay else { return n == 0 ? anchor : coarse() }
        return day(today.adding(days: n))
    }

    /// A day-level answer against a coarser anchor: the anchor's year (near enough, and the
    /// only precision the anchor supports).
    private func coarse() -> TemporalValue? {
        TemporalValue(year: year, precision: .year)
    }

    private func day(_ c: CivilDate) -> TemporalValue {
        TemporalValue(year: c.year, month: c.month, day: c.day, precision: .day)
    }
}

/// Guesses an article's publication date from its content, for articles without one.
///
/// The heuristic, strongest evidence first:
/// 1. A full date written next to a deictic word (الجمعة 11 سبتمبر 2020، اليوم 5 مارس) is the
///    day of writing.
/// 2. "N units ago" (قبل 8 أعوام) plus the nearest absolute date in the text: the article was
///    written N units after that date, provided that is no earlier than the latest absolute
///    date the text mentions (a text cannot mention its own future as past).
/// 3. Otherwise nil: a mere list of past dates gives only a lower bound, not an estimate.
/// The answer has the precision of its evidence (a year for قبل 8 أعوام with 2012 → 2020).
/// Dates the text looks forward to (بحلول عام 2030، سيعقد في 2030) are no evidence, and an
/// estimate later than `notAfter` (the caller's today) is refused: a text is never dated in
/// the future of the newest evidence there is.
public struct ArticleDateEstimator: Sendable {
    /// The latest date an estimate may be (nil: no bound).
    public var notAfter: TemporalValue?

    /// An estimator bounded by `notAfter`.
    public init(notAfter: TemporalValue? = nil) {
        self.notAfter = notAfter
    }

    /// The estimated publication date of `text`, or nil when the text gives no evidence.
    public func estimate(_ text: String) -> TemporalValue? {
        let stream = DateTokenStream(text)
        return estimate(candidates: DateTagger().candidates(in: stream), in: stream)
    }

    /// The estimate from the grammar matches of a text (see `estimate(_:)`).
    func estimate(candidates: [DateCandidate], in stream: DateTokenStream) -> TemporalValue? {
        guard let e = unbounded(candidates: candidates, in: stream) else { return nil }
        if let notAfter, notAfter < e { return nil }
        return e
    }

    private func unbounded(candidates: [DateCandidate], in stream: DateTokenStream) -> TemporalValue? {
        let clauses = ClauseTense(stream: stream)
        var absolutes: [(position: Int, value: TemporalValue)] = []
        for c in candidates {
            guard case .absolute(let v)? = c.meaning, v.year != nil else { continue }
            let head = c.firstToken > 0 ? stream.key(c.firstToken - 1) : .empty
            if DateLexicon.futureYearHeads.contains(head) || clauses.tense(before: c.firstToken) == .future { continue }
            absolutes.append((c.start, v))
        }
        let latest = absolutes.map(\.value).max()
        if let dated = candidates.last(where: { $0.isDeictic && Self.isFullDate($0.meaning) }),
           case .absolute(let v)? = dated.meaning {
            return v
        }
        for c in candidates {
            guard case .relative(.ago(let n, let unit))? = c.meaning else { continue }
            let nearest = absolutes
                .sorted { abs($0.position - c.start) < abs($1.position - c.start) }
                .compactMap { shifted($0.value, by: n, unit) }
                .first { latest == nil || !($0 < latest!) }
            if let nearest { return nearest }
        }
        return nil
    }

    private static func isFullDate(_ meaning: DateMeaning?) -> Bool {
        if case .absolute(let v)? = meaning { return v.precision == .day }
        return false
    }

    /// `value` moved forward by `n` units, at the precision both support.
    private func shifted(_ value: TemporalValue, by n: Int, _ unit: CalendarUnit) -> TemporalValue? {
        guard let y = value.year, value.precision != .decade else { return nil }
        switch unit {
        case .year:
            return TemporalValue(year: y + n, precision: .year)
        case .month:
            guard let m = value.month else { return nil }
            let total = y * 12 + m - 1 + n
            return TemporalValue(year: total / 12, month: total % 12 + 1, precision: .month)
        case .week, .day:
            guard value.precision == .day, let m = value.month, let d = value.day else { return nil }
            let c = CivilDate(year: y, month: m, day: d).adding(days: unit == .week ? 7 * n : n)
            return TemporalValue(year: c.year, month: c.month, day: c.day, precision: .day)
        }
    }
}

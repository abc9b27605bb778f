/// Relative expressions: اليوم، أمس، الجمعة الماضية، الأسبوع الماضي، العام الماضي، قبل 8 أعوام.
extension DateGrammar {
    /// A weekday or اليوم/أمس/غدا, possibly with a weekday after it (اليوم الأربعاء، أمس الجمعة)
    /// and possibly with the full date after it (الجمعة 11 سبتمبر 2020 → that date).
    func deictic(at j: Int) -> DateCandidate? {
        var last: Int
        var meaning: RelativeDate
        var end: Int?
        if let w = weekday(at: j) {
            last = j
            meaning = .weekday(w, .latest)
            if let next = spacedKey(after: j) {
                if DateLexicon.pastWords.contains(next) { meaning = .weekday(w, .past); last += 1 }
                if DateLexicon.nextWords.contains(next) { meaning = .weekday(w, .next); last += 1 }
            }
        } else if let (offset, dayLast) = deicticDay(at: j) {
            last = dayLast
            meaning = .dayOffset(offset)
            // اليوم الأربعاء names the weekday (trusted over an anchor that disagrees); غدا
            // الخميس and أمس الجمعة name the day of that weekday nearest their offset.
            // The weekday may stand in parentheses: أمس (الاثنين).
            let n = last + 1
            if n < stream.count, stream.gaps[n] == .space || stream.gaps[n] == .openParen, let w = weekday(at: n) {
                last = n
                meaning = offset == 0 ? .weekday(w, .latest) : .weekdayNear(w, offset: offset)
                if stream.gaps[n] == .openParen {
                    var e = stream.tokens[n].end
                    while e < stream.scalars.count, stream.scalars[e] == " " { e += 1 }
                    if e < stream.scalars.count, stream.scalars[e] == ")" { end = e + 1 }
                }
            }
        } else {
            return nil
        }
        if var dated = dateAfterDeictic(at: last + 1) {
            dated.firstToken = j
            dated.start = expressionStart(j)
            dated.isDeictic = true
            return dated
        }
        return candidate(j, last, end: end, .relative(meaning), deictic: true)
    }

    /// A weekday at `k` not preceded by a word that makes it something else (صلاة الجمعة).
    private func weekday(at k: Int) -> Int? {
        let key = stream.key(k)
        let bare = stream.startsWithWaw[k] && key.text.unicodeScalars.count > 4 ? key.droppingFirst : key
        guard let w = DateLexicon.weekdays[bare] else { return nil }
        if stream.spaced(k), DateLexicon.weekdayBlockers.contains(stream.key(k - 1)) { return nil }
        // الاثنين is also "the two": not when "of them" or a noun of counting follows.
        if w == 1, let next = spacedKey(after: k), next == DateLexicon.of || DateLexicon.twoOf.contains(next) { return nil }
        return w
    }

    /// اليوم (0), أمس (-1), أول أمس / أمس الأول (-2), غداً (1) at `k`.
    private func deicticDay(at k: Int) -> (Int, Int)? {
        let key = stream.key(k)
        if key == DateLexicon.first, let next = spacedKey(after: k) {
            if DateLexicon.deicticDays[next] == -1 { return (-2, k + 1) }
            // أول من أمس: the day before yesterday.
            if next == DateLexicon.of, let after = spacedKey(after: k + 1), DateLexicon.deicticDays[after] == -1 {
                return (-2, k + 2)
            }
        }
        guard let offset = DateLexicon.deicticDays[key] else { return nil }
        if stream.spaced(k), DateLexicon.todayBlockers.contains(stream.key(k - 1)) { return nil }
        let next = spacedKey(after: k)
        if offset == 0 {
            if let next, DateLexicon.todayFollowBlockers.contains(next) { return nil }
            // A newspaper (عين اليوم، صحيفة اليوم، لـ«اليوم»), a byline (الدمام - اليوم) or
            // "nowadays" (عالم اليوم): no date.
            if k > 0, stream.gaps[k] == .space || stream.gaps[k] == .other,
               DateLexicon.todayNameHeads.contains(stream.key(k - 1)) { return nil }
            if isQuoted(k, k, end: stream.tokens[k].end) { return nil }
            // ثلاث مرات في اليوم: "per day".
            if k > 1, stream.spaced(k), stream.spaced(k - 1), stream.key(k - 1) == DateLexicon.inPreposition,
               DateLexicon.perDayCounts.contains(stream.key(k - 2)) { return nil }
            if k > 0 && stream.gaps[k] == .dash || k + 1 < stream.count && stream.gaps[k + 1] == .dash { return nil }
        }
        if offset == -1, let next, next == DateLexicon.firstDefinite { return (-2, k + 1) }
        // غدا is also the verb "became": only with its tanween or a weekday after it; غد and
        // الغد ("the morrow", also "the future") only after يوم or before a weekday.
        if offset == 1 {
            let weekdayAfter = k + 1 < stream.count && (stream.gaps[k + 1] == .space || stream.gaps[k + 1] == .openParen)
                && weekday(at: k + 1) != nil
            let isNoun = DateLexicon.tomorrowNouns.contains(key)
            let allowed = weekdayAfter
                || (isNoun ? stream.spaced(k) && stream.key(k - 1) == DateLexicon.dayNoun
                           : stream.tokens[k].text.unicodeScalars.contains("\u{064B}"))
            if !allowed { return nil }
        }
        return (offset, k)
    }

    /// A full date right after a weekday or اليوم (optionally after a comma or الموافق).
    private func dateAfterDeictic(at k: Int) -> DateCandidate? {
        guard k < stream.count, stream.gaps[k] == .space || stream.gaps[k] == .comma else { return nil }
        var n = k
        if DateLexicon.equivalent.contains(stream.key(n)), stream.spaced(n + 1) { n += 1 }
        guard let c = numericDate(at: n) ?? dayMonth(at: n) ?? hijriDayMonth(at: n), c.meaning != nil else { return nil }
        return c
    }

    /// الشهر الماضي، الأسبوع المقبل، هذا الشهر، العام الماضي، هذه السنة.
    func periodRelative(at j: Int) -> DateCandidate? {
        if let y = relativeYear(at: j) { return candidate(j, y.last, .relative(.yearOffset(y.offset))) }
        var k = j
        let hasThis = DateLexicon.thisWords.contains(stream.key(j))
        if hasThis { guard stream.spaced(j + 1) else { return nil }; k += 1 }
        guard let unit = DateLexicon.periodNouns[stream.key(k)] else { return nil }
        var offset: Int
        var last = k
        if hasThis {
            offset = 0
        } else {
            guard let next = spacedKey(after: k) else { return nil }
            if DateLexicon.pastWords.contains(next) { offset = -1 }
            else if DateLexicon.nextWords.contains(next) { offset = 1 }
            else if DateLexicon.currentWords.contains(next) { offset = 0 }
            else { return nil }
            last = k + 1
        }
        switch unit {
        case .week: return candidate(j, last, .relative(.dayOffset(7 * offset)))
        case .month: return candidate(j, last, .relative(.monthOffset(offset)))
        case .year, .day: return candidate(j, last, .relative(.yearOffset(offset)))
        }
    }

    /// قبل N units: قبل 8 أعوام، قبل أسبوع، قبل عامين، قبل ثلاثة أشهر. Not when an event
    /// follows (قبل عامين من الانتخابات is relative to the elections, not to the article).
    func ago(at j: Int) -> DateCandidate? {
        guard DateLexicon.ago.contains(stream.key(j)), stream.spaced(j + 1) else { return nil }
        var count: Int
        var unit: CalendarUnit
        var last: Int
        var k = j + 1
        if DateLexicon.approximators.contains(stream.key(k)), stream.spaced(k + 1) { k += 1 }
        if let u = DateLexicon.unitWords[stream.key(k)], u.count > 0 {
            // قبل شهر رمضان: before a named month, not a month ago.
            if stream.spaced(k + 1), hijriMonth(at: k + 1) != nil || month(at: k + 1) != nil { return nil }
            (count, unit, last) = (u.count, u.unit, k)
        } else {
            guard let n = stream.number(k).flatMap({ $0 <= 99 && !stream.hasCliticDigits(k) ? $0 : nil })
                    ?? DateLexicon.cardinals[stream.key(k)],
                  stream.spaced(k + 1), let u = DateLexicon.unitWords[stream.key(k + 1)] else { return nil }
            (count, unit, last) = (n, u.unit, k + 1)
        }
        if let next = spacedKey(after: last), next == DateLexicon.of {
            guard let now = spacedKey(after: last + 1), DateLexicon.now.contains(now) else { return nil }
            last += 2
        }
        return candidate(j, last, .relative(.ago(count, unit)))
    }
}

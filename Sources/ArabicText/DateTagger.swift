/// Finds and normalises date expressions in Arabic text: day-month-year in every month-name
/// system (11 سبتمبر 2012، حزيران/يونيو 2018، جوان 2019), ordinal days (السادس والعشرين من
/// شهر سبتمبر), years in context (عام 2016، في 2014), decades (تسعينيات القرن الماضي) and
/// relative expressions (الجمعة، أمس، قبل 8 أعوام، نوفمبر الماضي). Counts, ages, durations,
/// URLs and dated names (كتيبة 17 فبراير) are not dates.
///
/// Works over `Tokenizer` tokens in one left-to-right pass, taking the longest expression at
/// each token, so its cost is linear in the text.
///
/// Decisions where the issue is silent:
/// - The expression holds the words that carry the date: year nouns (عام 2016), شهر, period and
///   day-part words (منتصف العام الماضي، مساء اليوم), يوم, a leading weekday absorbed by its
///   date; not prepositions (في 2014 → `2014`) nor an attached و (و2014 → `2014`).
/// - A bare year (1900–2100) needs a time preposition, an event noun (انتخابات 2014), a range
///   partner (من 2011 إلى 2014) or a year just before it (عامي 2011 و2012); after عام/سنة or a
///   month, 1800–2100. No year is followed by a count noun, a unit or a percent sign.
/// - منذ N أعوام is read as a duration and not tagged; قبل N أعوام is a date. قبل أيام (no count)
///   and قبل عامين من الانتخابات (relative to an event) are not tagged.
/// - Hijri dates (Umm al-Qura) are converted to Gregorian ones (`HijriCalendar`) and keep
///   their Hijri original in `TemporalMention.hijri`; a date given in both calendars
///   (الموافق) is one mention whose value is the Gregorian date as written.
/// - The tense of the clause (`ClauseTense`) places a yearless date or a bare weekday before
///   or after the anchor.
/// - A decade without a century (التسعينيات) is taken as the 1900s.
public struct DateTagger: Sendable {
    /// A tagger; it holds no state, the word tables are static.
    public init() {}

    /// The date expressions of `text`, in text order; relative ones resolved against `anchor`
    /// (the article's own date) when it is given, else returned with `isRelative` and a nil value.
    /// A day or month without a year takes the anchor's year (see `DateResolver`), else `XXXX`.
    public func tag(_ text: String, anchor: TemporalValue? = nil) -> [TemporalMention] {
        let stream = DateTokenStream(text)
        return mentions(candidates(in: stream), in: stream, anchor: anchor)
    }

    /// The mentions of the grammar matches `candidates` of `stream` (names dropped).
    func mentions(_ candidates: [DateCandidate], in stream: DateTokenStream, anchor: TemporalValue?) -> [TemporalMention] {
        let clauses = ClauseTense(stream: stream)
        return candidates.compactMap { c in
            guard let meaning = c.meaning else { return nil }
            let isRelative: Bool
            var tense: Tense?
            switch meaning {
            case .relative(.weekday(_, .latest)), .yearless, .hijriYearless(_, _, .latest):
                tense = clauses.tense(before: c.firstToken)
            default: break
            }
            switch meaning {
            case .relative, .hijriYearless: isRelative = true
            default: isRelative = false
            }
            let expression = String(String.UnicodeScalarView(stream.scalars[c.start..<c.end]))
            let resolved = DateResolver.resolveWithHijri(meaning, anchor: anchor, tense: tense)
            return TemporalMention(expression: expression, start: c.start, end: c.end,
                                   value: resolved.value, isRelative: isRelative, hijri: c.hijri ?? resolved.hijri)
        }
    }

    /// A guess at the publication date of `text` from its content, or nil without evidence;
    /// see `ArticleDateEstimator` for the heuristic.
    public func estimateAnchor(_ text: String) -> TemporalValue? {
        ArticleDateEstimator().estimate(text)
    }

    /// Every grammar match of `stream` in text order, names (nil meaning) included.
    func candidates(in stream: DateTokenStream) -> [DateCandidate] {
        let grammar = DateGrammar(stream)
        var out: [DateCandidate] = []
        var i = 0
        while i < stream.count {
            let afterYear = out.last.map { $0.lastToken == i - 1 && Self.isYear($0.meaning) } ?? false
            if let c = grammar.match(at: i, afterYear: afterYear) {
                out.append(c)
                i = c.lastToken + 1
            } else {
                i += 1
            }
        }
        return out
    }

    private static func isYear(_ meaning: DateMeaning?) -> Bool {
        if case .absolute(let v)? = meaning { return v.precision == .year }
        return false
    }
}

/// What a date expression says before any anchor is applied.
enum DateMeaning: Sendable, Hashable {
    /// A date fully given by the text: 2012-09-11, 2018-06, 2014.
    case absolute(TemporalValue)
    /// A day and month, or a month, without a year (26 سبتمبر، في شهر أغسطس): the year comes
    /// from the anchor when there is one.
    case yearless(month: Int, day: Int?)
    /// A decade of a century (تسعينيات القرن الماضي).
    case decade(digit: Int, century: CenturyReference)
    /// An expression that only has a value against the article's date.
    case relative(RelativeDate)
    /// A Hijri month (and day) without a year (في شهر رمضان، 23 رمضان، رمضان الماضي): the
    /// Hijri year comes from the anchor, as for `yearless`.
    case hijriYearless(month: Int, day: Int?, RelativeDirection)
}

/// What the verbs of a date's clause say about when it happens: a past verb (حذرت، أعلن)
/// puts a yearless date or a bare weekday before the anchor, a future one (سيعقد، المقرر)
/// after it.
enum Tense: Sendable, Hashable {
    case past, future
}

/// Which century a decade belongs to.
enum CenturyReference: Sendable, Hashable {
    /// Named: القرن العشرين → 19 (the hundreds of its first year).
    case explicit(hundreds: Int)
    /// القرن الماضي: the century before the anchor's (the 1900s when there is no anchor).
    case previous
    /// Not said (في التسعينيات): taken as the 1900s.
    case unspecified
}

/// Which occurrence of a named weekday or month is meant.
enum RelativeDirection: Sendable, Hashable {
    /// الماضي: strictly before the anchor.
    case past
    /// المقبل: strictly after the anchor.
    case next
    /// الجاري: the anchor's own month or year.
    case current
    /// No word: the latest on or before the anchor (news reports the past).
    case latest
}

/// A relative expression, kept symbolic until an anchor resolves it.
enum RelativeDate: Sendable, Hashable {
    /// اليوم (0), أمس (-1), أول أمس (-2), غدا (1), الأسبوع الماضي (-7): days from the anchor.
    case dayOffset(Int)
    /// الجمعة، الجمعة الماضية: Sunday = 0.
    case weekday(Int, RelativeDirection)
    /// غدا الخميس، أمس الجمعة: the day of that weekday nearest `offset` days from the anchor
    /// (the weekday is trusted over an anchor a day or two off).
    case weekdayNear(Int, offset: Int)
    /// الشهر الماضي (-1), هذا الشهر (0).
    case monthOffset(Int)
    /// العام الماضي (-1), مطلع هذا العام (0).
    case yearOffset(Int)
    /// قبل 8 أعوام، قبل أسبوع: a count of units before the anchor.
    case ago(Int, CalendarUnit)
    /// نوفمبر الماضي، 26 سبتمبر المقبل.
    case namedMonth(month: Int, day: Int?, RelativeDirection)
    /// سبتمبر من العام الماضي: a month (and day) in the year `yearOffset` from the anchor's.
    case monthInYear(month: Int, day: Int?, yearOffset: Int)
}

/// One match of the date grammar: a token span, its scalar span, and its meaning. A nil
/// meaning marks a span that looks like a date but is a name (كتيبة 17 فبراير) and is skipped.
struct DateCandidate: Sendable, Hashable {
    var firstToken: Int
    var lastToken: Int
    var start: Int
    var end: Int
    var meaning: DateMeaning?
    /// Whether a weekday or اليوم/أمس was part of it (evidence of the publication date).
    var isDeictic = false
    /// The Hijri date as written, for a Hijri expression (its Gregorian value is the meaning).
    var hijri: TemporalValue?
    /// The tense of the clause, for yearless dates and weekdays (see `Tense`).
    var tense: Tense?
}

/// Reads the dates pages and feeds carry into an ISO calendar date (`2026-12-03`, or `2026-12`
/// / `2026` when that is all there is): ISO 8601 (`article:published_time`, JSON-LD, Atom,
/// `<time datetime>`) and RFC 822/5322 (RSS `pubDate`). A timestamp keeps the calendar date it
/// was written in (the publisher's local date), not its UTC date.
public enum DateText {
    /// The ISO date `text` names, or nil.
    public static func isoDate(_ text: String) -> String? {
        let trimmed = WhiteSpaceCollapse.collapse(text)
        guard !trimmed.isEmpty else { return nil }
        if let iso = iso8601(trimmed) { return iso }
        return rfc822(trimmed)
    }

    /// `2026-12-03`, `2026-12-03T10:00:00+03:00`, `2026-12-03 10:00`, `2026-12`, `2026`.
    static func iso8601(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scalars.count else { return nil }
            var value = 0
            for s in scalars[from..<(from + count)] {
                guard ("0"..."9").contains(s) else { return nil }
                value = value * 10 + Int(s.value - 48)
            }
            return value
        }
        guard let year = digits(0, 4), year >= 1 else { return nil }
        if scalars.count == 4 { return pad(year, 4) }
        guard scalars.count >= 7, scalars[4] == "-", let month = digits(5, 2), (1...12).contains(month) else { return nil }
        if scalars.count == 7 { return pad(year, 4) + "-" + pad(month, 2) }
        guard scalars.count >= 10, scalars[7] == "-", let day = digits(8, 2),
              day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        if scalars.count > 10, !["T", "t", " "].contains(scalars[10]) { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `Thu, 03 Dec 2026 09:00:00 +0300` (RFC 5322 §3.3), day name optional, 2-digit years
    /// read as 19xx/20xx (RFC 2822 §4.3).
    static func rfc822(_ text: String) -> String? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.count >= 3, first.allSatisfy(\.isLetter) { words.removeFirst() }
        guard words.count >= 3, let day = Int(words[0]), let month = monthNumber(words[1]),
              var year = Int(words[2]) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard year >= 1, year <= 9999, day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func monthNumber(_ word: String) -> Int? {
        let key = String(word.lowercased().prefix(3))
        return months.firstIndex(of: key).map { $0 + 1 }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

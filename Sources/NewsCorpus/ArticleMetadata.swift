import ArabicText
import Foundation

/// Optional facts about an article from `<id>.json` beside `<id>.txt` (or the API):
/// `published` (ISO date: `2020-11-13`, `2020-11` or `2020`; checked by `PublicationDate`),
/// `source`, `url`, `title`.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var published: TemporalValue?
    public var source: String?
    public var url: String?
    /// What was wrong with the metadata but did not make it unusable (a Hijri or implausible
    /// `published`, see `PublicationDate`).
    public var warnings: [String] = []

    public init(title: String? = nil, published: TemporalValue? = nil, source: String? = nil, url: String? = nil) {
        self.title = title
        self.published = published
        self.source = source
        self.url = url
    }

    /// Reads a metadata JSON object; unknown keys are ignored, wrong types are errors.
    public init(json data: Data) throws {
        struct Raw: Decodable {
            var title: String?
            var published: String?
            var source: String?
            var url: String?
        }
        let raw = try JSONDecoder().decode(Raw.self, from: data)
        var published: TemporalValue?
        var warnings: [String] = []
        if let p = raw.published {
            guard let value = ISODateParser.parse(p) else {
                throw MetadataError.invalidDate(p)
            }
            let verdict = PublicationDate.check(value, written: p)
            published = verdict.value
            if let w = verdict.warning { warnings.append(w) }
        }
        self.init(title: raw.title, published: published, source: raw.source, url: raw.url)
        self.warnings = warnings
    }
}

/// Why metadata was refused.
public enum MetadataError: Error, Equatable {
    case invalidDate(String)
}

/// Parses ISO 8601 calendar dates of day, month or year precision (`2020-11-13`, `2020-11`,
/// `2020`), and a full timestamp's date part (`2020-11-13T10:00:00Z`).
public enum ISODateParser {
    /// The value, or nil when `text` is not such a date or names an impossible day.
    public static func parse(_ text: String) -> TemporalValue? {
        let datePart = text.split(separator: "T", maxSplits: 1).first.map(String.init) ?? text
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), year >= 1, year <= 9999 else { return nil }
        if parts.count == 1 { return TemporalValue(year: year, precision: .year) }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        if parts.count == 2 { return TemporalValue(year: year, month: month, precision: .month) }
        guard parts[2].count == 2, let day = Int(parts[2]), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return TemporalValue(year: year, month: month, day: day, precision: .day)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

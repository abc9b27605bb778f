import Foundation
@testable import ArabicText

/// Helpers shared by the date tests: a compact "expression=value" rendering of the tagger's output.
enum DateTestSupport {
    /// The anchor the relative tests use: Friday 13 November 2020.
    static let anchor = TemporalValue(year: 2020, month: 11, day: 13, precision: .day)

    /// Each mention as `expression=value` (`nil` for an unresolved relative one).
    static func render(_ text: String, anchor: TemporalValue? = nil) -> [String] {
        DateTagger().tag(text, anchor: anchor).map { "\($0.expression)=\($0.value?.description ?? "nil")" }
    }

    /// The seed articles, by file name, read relative to this file.
    static func seed(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}

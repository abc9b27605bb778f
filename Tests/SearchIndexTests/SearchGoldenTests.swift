import Foundation
import Testing
@testable import SearchIndex

/// Pins ranking, scores, snippets and the facet depth of best documents on a synthetic corpus
/// (large enough for ties, long posting lists and many sentences), so that speed work cannot
/// change results. `MARSAD_WRITE_GOLDEN=1` rewrites `Tests/Golden/search-index-synthetic.txt`.
struct SearchIndexGoldenTests {
    static let file = SeedCorpus.directory.deletingLastPathComponent()
        .appendingPathComponent("Tests/Golden/search-index-synthetic.txt")
    static let index = InvertedIndex(documents: SearchBenchmarkTests.corpus(600))

    static let queries = [
        "بنغازي", "ليبيا", "الحكومة", "القاهرة", "مرزق", "السفير الأميركي", "وزارة الخارجية ليبيا",
        "\"الأمم المتحدة\"", "\"وزارة العدل\"", "سرت OR درنة", "ليبيا -بنغازي", "الهجوم",
        "\"مصطفى الإمام\"", "أبو ختالة", "ترامب", "الأمريكية ليبيا", "سرت -داعش", "بومبيو OR تاونسيند",
        "بليبيا", "#مصطفى_الإمام", "القنصلية الأميركية", "بنغاري", "في", "خبر",
    ]

    /// FNV-1a, to pin long content in a short line.
    static func digest(_ text: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return String(h, radix: 16)
    }

    static func line(_ q: String, allowed: Set<Int>?, offset: Int) throws -> String {
        let r = index.search(try SearchQuery(parsing: q), allowed: allowed, limit: 20, offset: offset)
        let hits = r.hits.map { "\($0.id):\(String(format: "%.6f", $0.score))" }.joined(separator: ",")
        let snippets = r.hits.map { hit in
            hit.snippets.map { s in s.text + s.highlights.map { "[\($0.start),\($0.end)]" }.joined() }.joined(separator: "|")
        }.joined(separator: "#")
        let best = r.matchingDocuments.prefix(200).map(String.init).joined(separator: ",")
        let filter = allowed == nil ? "" : " allowed"
        return "\(q)\(filter) @\(offset)\ttotal=\(r.total)\tsuggestion=\(r.suggestion ?? "-")\t\(hits)\tsnippets=\(digest(snippets))\tbest=\(digest(best))"
    }

    static func lines() throws -> [String] {
        let allowed = Set(stride(from: 0, to: 600, by: 3))
        var lines: [String] = []
        for q in queries {
            for offset in [0, 20, 590] { lines.append(try line(q, allowed: nil, offset: offset)) }
            lines.append(try line(q, allowed: allowed, offset: 0))
        }
        return lines
    }

    @Test func resultsMatchTheGolden() throws {
        let lines = try Self.lines()
        if ProcessInfo.processInfo.environment["MARSAD_WRITE_GOLDEN"] == "1" {
            try (lines.joined(separator: "\n") + "\n").write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: Self.file, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(golden.count == lines.count)
        for (got, want) in zip(lines, golden) {
            #expect(got == want)
        }
    }
}

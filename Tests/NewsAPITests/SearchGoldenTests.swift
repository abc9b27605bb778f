import Foundation
import Testing
import NewsAPI

/// Pins whole `/api/search` bodies over the seeds (hits, scores, snippets, highlights, facets,
/// suggestions, filters) so that speed work cannot change what search answers.
/// `MARSAD_WRITE_GOLDEN=1` rewrites `Tests/Golden/search-api-seeds.txt` from the current code.
struct SearchGoldenTests {
    static let file = SeedAPI.root.appendingPathComponent("Tests/Golden/search-api-seeds.txt")

    /// Request targets, filters included; entity ids are picked from the seed corpus.
    static var targets: [String] {
        let entities = SeedAPI.store.snapshot.corpus.entities
            .sorted { ($0.mentionCount, $1.id) > ($1.mentionCount, $0.id) }.prefix(3).map(\.id)
        var targets = [
            "q=بنغازي", "q=ليبيا", "q=ليبيا&limit=2&offset=1", "q=ليبيا&offset=10", "q=سرت&limit=1",
            "q=\"مصطفى الإمام\"", "q=أبو ختالة", "q=أبوختالة", "q=بومبيو OR تاونسيند",
            "q=\"تنظيم القاعدة\" -بومبيو", "q=مصطفى -ختالة", "q=بنغاري", "q=الأميركية بنغازي",
            "q=الولايات المتحدة", "q=١١ سبتمبر ٢٠١٢", "q=مرزق أو أوباري", "q=#مصطفى_الإمام",
            "q=ليبيا&from=2012&to=2012", "q=ليبيا&from=2016", "q=ليبيا&to=2012-09",
            "q=الهجوم&from=2011&to=2015", "q=بنغاري&from=2012", "q=ليبيا&from=1990&to=1991",
            "q=ليبيا&sort=date", "q=ليبيا&sort=date&limit=2&offset=1", "q=ليبيا&from=2020&dateField=published",
            "q=الأميركية&sort=date&dateField=published&to=2019",
        ]
        for id in entities {
            targets.append("q=ليبيا&entity=\(id)")
            targets.append("q=الأمريكية&entity=\(id)&from=2012&to=2017")
        }
        return targets
    }

    static func line(_ target: String) -> String {
        let result = SeedAPI.get("/api/search?" + target)
        return "\(target)\t\(result.status)\t\(String(decoding: result.response.body, as: UTF8.self))"
    }

    @Test func bodiesMatchTheGolden() throws {
        let lines = Self.targets.map(Self.line)
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

import Foundation
import SearchIndex

/// `--match-pairs FILE`: answers each labelled (query, document) pair of the morphology set
/// (Tests/Fixtures/search-match-pairs.tsv) with the document indexed alone, and prints the
/// share answered as labelled per category and overall (scripts/lucene-compare.sh prints
/// Lucene's beside it).
struct MatchPairRun {
    let path: String

    func run() throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var right: [String: Int] = [:], total: [String: Int] = [:]
        var wrong: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4 else { continue }
            let index = InvertedIndex(documents: [IndexedDocument(id: "d", title: "", text: f[3])])
            let found = try index.search(SearchQuery(parsing: f[2]), limit: 1).total > 0
            total[f[1], default: 0] += 1
            if found == (f[0] == "match") { right[f[1], default: 0] += 1 } else { wrong.append(String(line)) }
        }
        var lines = total.keys.sorted().map { "marsad\t\($0)\t\(right[$0] ?? 0)\t\(total[$0]!)" }
        lines.append("marsad\tall\t\(right.values.reduce(0, +))\t\(total.values.reduce(0, +))")
        lines += wrong.map { "marsad-wrong\t\($0)" }
        return lines
    }
}

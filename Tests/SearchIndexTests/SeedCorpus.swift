import Foundation
@testable import SearchIndex

/// The five seed articles, loaded from `seeds/` next to the package: first line the title.
enum SeedCorpus {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static let documents: [IndexedDocument] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().map { name in
            let raw = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
            let lines = raw.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let title = lines.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let text = lines.count > 1 ? lines[1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
            return IndexedDocument(id: String(name.dropLast(4)), title: title, text: text)
        }
    }()

    static let index = InvertedIndex(documents: documents)

    /// Seed ids (file-name prefixes 000…004) of the hits for `query`.
    static func hits(_ query: String) throws -> [String] {
        let results = index.search(try SearchQuery(parsing: query), limit: 100)
        return results.hits.map { String($0.id.prefix(3)) }
    }
}

import Foundation
import Testing
@testable import SearchIndex

/// The labelled morphology set (`Tests/Fixtures/search-match-pairs.tsv`, written for issue 19):
/// each query must find its document or not, as labelled, with the document indexed alone and
/// among all the set's documents alike (a document's keys do not depend on the corpus).
/// Pairs flagged `known-miss` are the ones Marsad is known to get wrong; they must stay wrong
/// until fixed (then drop the flag), so the README's figure stays honest.
struct SearchMatchPairTests {
    struct Pair: Sendable, CustomStringConvertible {
        var expectMatch: Bool, category: String, query: String, document: String, knownMiss: Bool
        var description: String { "\(expectMatch ? "match" : "miss") [\(category)] \(query) ⟶ \(document)" }
    }

    static let file = SeedCorpus.directory.deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/search-match-pairs.tsv")

    static let pairs: [Pair] = {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4 else { return nil }
            return Pair(expectMatch: f[0] == "match", category: f[1], query: f[2], document: f[3],
                        knownMiss: f.count > 4 && f[4] == "known-miss")
        }
    }()

    /// Whether `query` finds the document at `position` of `index`.
    static func finds(_ query: String, in index: InvertedIndex, at position: Int) throws -> Bool {
        try index.search(SearchQuery(parsing: query), allowed: [position], limit: 1).total > 0
    }

    @Test func theSetIsLargeAndBalancedEnough() {
        #expect(Self.pairs.filter(\.expectMatch).count >= 300)
        #expect(Self.pairs.filter { !$0.expectMatch }.count >= 100)
    }

    @Test func everyPairIsAnsweredAsLabelled() throws {
        let documents = Array(Set(Self.pairs.map(\.document))).sorted()
        let positions = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1, $0) })
        let all = InvertedIndex(documents: documents.enumerated().map { IndexedDocument(id: "d\($0)", title: "", text: $1) })
        var right = 0
        for pair in Self.pairs {
            let alone = InvertedIndex(documents: [IndexedDocument(id: "d", title: "", text: pair.document)])
            let found = try Self.finds(pair.query, in: alone, at: 0)
            #expect(try Self.finds(pair.query, in: all, at: positions[pair.document]!) == found,
                    "the other documents changed the answer: \(pair)")
            if found == pair.expectMatch { right += 1 }
            if pair.knownMiss {
                #expect(found != pair.expectMatch, "now right: drop its known-miss flag: \(pair)")
            } else {
                #expect(found == pair.expectMatch, "\(pair)")
            }
        }
        print("search-match-pairs: \(right)/\(Self.pairs.count) right")
    }
}

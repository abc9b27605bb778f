import Testing
@testable import SearchIndex

/// Pruned top-k ranking (block bounds, membership-only matching) against the exhaustive
/// evaluation, on a corpus large enough for many blocks per common word: the same totals, the
/// same best documents in the same order with the same scores, for every page and filter.
struct SearchPruningTests {
    static let index = InvertedIndex(documents: SearchBenchmarkTests.corpus(3000))

    static let queries = SearchIndexGoldenTests.queries + [
        "الحكومة", "ليبيا الحكومة", "الحكومة OR بنغازي", "ليبيا -الحكومة", "الحكومة -\"الأمم المتحدة\"",
        "\"الأمم المتحدة\" OR ليبيا", "ليبيا \"الأمم المتحدة\"", "في OR خبر", "في -خبر", "خبر ليبيا -بنغازي -سرت",
        "أبو ختالة OR ليبيا", "والحكومة", "حكومة", "الليبية", "وزير OR وزارة OR الوزير",
    ]

    /// The exhaustive answer: every match scored, then the best `k` ranked.
    static func exhaustive(_ q: String, allowed: ((Int) -> Bool)?, best k: Int) throws -> (total: Int, best: [(Int, Double)]) {
        let query = try SearchQuery(parsing: q)
        let clauses = query.joiningCompoundNames.map { $0.alternatives.map(index.vocabulary.resolve) }
        let all = index.evaluate(clauses, excluded: query.excluded.map(index.vocabulary.resolve), allowed: allowed)
        let order = all.rankedOrder(best: k)
        return (all.count, order.map { (Int(all.documents[$0]), all.scores[$0]) })
    }

    @Test(arguments: queries) func prunedRankingMatchesExhaustive(_ q: String) throws {
        let filters: [(String, ((Int) -> Bool)?)] = [("none", nil), ("every third", { $0 % 3 == 0 }), ("first tenth", { $0 < 300 })]
        for (name, allowed) in filters {
            for (offset, limit, depth) in [(0, 20, 200), (40, 20, 200), (0, 10, 0), (190, 30, 200), (0, 5, 7), (2990, 20, 50)] {
                let got = Self.index.search(try SearchQuery(parsing: q), where: allowed, limit: limit, offset: offset, depth: depth)
                let want = try Self.exhaustive(q, allowed: allowed, best: max(depth, min(offset, got.total) + limit))
                let context = "\(q) filter=\(name) offset=\(offset) depth=\(depth)"
                #expect(got.total == want.total, "\(context)")
                #expect(got.matchingDocuments == want.best.map(\.0), "\(context)")
                let page = want.best.dropFirst(offset).prefix(limit)
                #expect(got.hits.map(\.document) == page.map(\.0), "\(context)")
                #expect(got.hits.map(\.score) == page.map(\.1), "\(context)")
            }
        }
    }

    /// The bounds of single postings (their bytes) never fall below a posting's score, with or
    /// without its exact form, whether or not that form is the stem's most common one
    /// (`بليبيا` and `والحكومة` are not).
    @Test func blockBoundsAreUpperBounds() throws {
        let index = Self.index
        var checked = 0
        for word in ["الحكومة", "ليبيا", "في", "خبر", "بليبيا", "وزارة", "والحكومة", "حكومة", "الوزارة"] {
            guard case .word(let variant, let stem?) = index.vocabulary.resolve(.word(word)) else { continue }
            let list = index.stemPostings[stem]
            index.withScoringTables { tables in
                let scorer = WordScorer(tables: tables, base: list.base, idf: index.idf(list.count), variant: variant)
                for i in 0..<list.count {
                    let s = scorer.score(i)
                    let byte = index.stemBlocks.postingBound(key: stem, posting: i, variant: variant,
                                                             idf: index.idf(list.count), parameters: index.parameters)
                    #expect(s.score <= byte.score && s.exact <= byte.exact, "\(word) posting \(i) byte")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }
}

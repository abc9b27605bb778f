import Testing
@testable import SearchIndex

/// A base index with a segment of changed documents and a mask of removed ones, against one
/// index built afresh over the same documents: for random sequences of additions, replacements
/// and deletions, every query gives the same totals, hits, order, scores and snippets.
struct LiveIndexTests {
    static let pool = SeedCorpus.documents + SearchBenchmarkTests.corpus(40)
    static let queries = SearchIndexGoldenTests.queries + [
        "الحكومة -ليبيا", "ليبيا \"الأمم المتحدة\"", "في OR خبر", "وزير OR وزارة OR الوزير", "أبو ختالة OR ليبيا",
    ]

    /// A deterministic generator (SplitMix64) so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func expectSame(_ live: LiveIndex, _ fresh: LiveIndex, _ context: String) throws {
        #expect(live.documentCount == fresh.documentCount, "\(context)")
        let filters: [(String, ((Int) -> Bool)?, Bool)] = [("none", nil, false), ("odd", { $0 % 2 == 1 }, false), ("set", nil, true)]
        var within = DocumentSet(capacity: fresh.documentCount)
        for d in stride(from: 0, to: fresh.documentCount, by: 3) { within.insert(d) }
        for q in queries {
            let query = try SearchQuery(parsing: q)
            for (name, allowed, useSet) in filters {
                for (offset, limit, depth) in [(0, 10, 20), (5, 5, 0)] {
                    let set = useSet ? within : nil
                    let got = live.search(query, within: set, where: allowed, limit: limit, offset: offset, depth: depth)
                    let want = fresh.search(query, within: set, where: allowed, limit: limit, offset: offset, depth: depth)
                    let where_ = "\(context) q=\(q) filter=\(name) offset=\(offset)"
                    #expect(got.total == want.total, "\(where_)")
                    #expect(got.matchingDocuments == want.matchingDocuments, "\(where_)")
                    #expect(got.hits.map(\.document) == want.hits.map(\.document), "\(where_)")
                    #expect(got.hits.map(\.id) == want.hits.map(\.id), "\(where_)")
                    #expect(got.hits.map(\.score) == want.hits.map(\.score), "\(where_)")
                    #expect(got.hits.map(\.snippets) == want.hits.map(\.snippets), "\(where_)")
                }
            }
        }
    }

    @Test(arguments: [1, 2])
    func randomChangesSearchAsAFreshIndex(seed: UInt64) throws {
        var random = Generator(state: seed)
        var current = Array(Self.pool.prefix(25))
        var live = LiveIndex(documents: current)
        var added = 0
        for step in 0..<10 {
            for _ in 0..<(1 + random.next(3)) {
                let source = Self.pool[random.next(Self.pool.count)]
                switch random.next(4) {
                case 0 where !current.isEmpty:
                    current.remove(at: random.next(current.count))
                case 1 where !current.isEmpty:
                    let i = random.next(current.count)
                    current[i] = IndexedDocument(id: current[i].id, title: source.title, text: source.text)
                default:
                    added += 1
                    current.append(IndexedDocument(id: "new\(added)", title: source.title, text: source.text))
                }
            }
            live = live.updated(to: current, segmentLimit: 1000)
            if step == 6 { live = live.merged() }
            #expect(live.documents.map(\.id) == current.map(\.id))
            try Self.expectSame(live, LiveIndex(documents: current), "seed \(seed) step \(step)")
        }
    }

    @Test func unchangedDocumentsKeepTheBaseWhole() {
        let docs = Array(Self.pool.prefix(20))
        let live = LiveIndex(documents: docs).updated(to: docs)
        #expect(live.isWhole)
        #expect(live.segmentCount == 0)
        let grown = live.updated(to: docs + [IndexedDocument(id: "x", title: "خبر", text: "نص جديد عن ليبيا.")])
        #expect(!grown.isWhole)
        #expect(grown.segmentCount == 1)
        #expect(grown.merged().isWhole)
    }

    /// A body that changes bytes but not meaning (canonically equivalent: `café` written with a
    /// combining accent) is indexed again: snippets must show the bytes now stored. (Strings
    /// compare equal under canonical equivalence, so the base kept the old bytes.)
    @Test func aBodyWithOtherBytesIsIndexedAgain() {
        let docs = Array(Self.pool.prefix(5))
        let before = IndexedDocument(id: "c", title: "مقهى", text: "Un café à Riyad.")
        let after = IndexedDocument(id: "c", title: "مقهى", text: "Un cafe\u{301} à Riyad.")
        let live = LiveIndex(documents: docs + [before]).updated(to: docs + [after])
        #expect(live.segmentCount == 1)
        #expect(Array(live.documents[5].text.utf8) == Array(after.text.utf8))
    }

    @Test func aSegmentPastTheLimitIsMergedAtOnce() {
        let docs = Array(Self.pool.prefix(30))
        let live = LiveIndex(documents: Array(docs.prefix(10))).updated(to: docs, segmentLimit: 5)
        #expect(live.isWhole)
        #expect(live.documentCount == 30)
    }
}

extension LiveIndexTests {
    @Test func aMergeIsDueAtHalfTheLimit() {
        let docs = Array(Self.pool.prefix(40))
        let live = LiveIndex(documents: docs)
        let limit = LiveIndex.segmentLimit(baseCount: docs.count)
        let extra = (0..<(limit / 2)).map { IndexedDocument(id: "e\($0)", title: "خبر", text: "نص قصير عن ليبيا رقم \($0).") }
        #expect(!live.updated(to: docs + extra.dropLast()).needsMerge)
        #expect(live.updated(to: docs + extra).needsMerge)
    }
}

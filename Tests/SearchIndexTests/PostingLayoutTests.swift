import Testing
@testable import SearchIndex

/// Position offsets stored narrow (16-bit steps from a base per 64 postings) or wide (a word
/// each, for keys a document holds more than `PostingLayout.narrowLimit` times) read back the
/// same positions, across block boundaries and past the 16-bit range.
struct PostingLayoutTests {
    /// 150 documents (three blocks of offsets) holding `سفينة` 1…7 times, and one holding
    /// `ميناء` 1,100 times (its key must be wide).
    static let documents: [IndexedDocument] = (0..<150).map { d in
        let body = Array(repeating: "سفينة", count: d % 7 + 1).joined(separator: " ") + " في الخبر."
        return IndexedDocument(id: "d\(d)", title: "خبر \(d)", text: body)
    } + [IndexedDocument(id: "port", title: "ميناء", text: Array(repeating: "ميناء", count: 1100).joined(separator: " ") + " سفينة.")]

    static func list(_ index: InvertedIndex, _ word: String) throws -> PostingList {
        guard case .word(_, let stem?) = index.vocabulary.resolve(.word(word)) else {
            Issue.record("\(word) is not indexed")
            throw CancellationError()
        }
        return index.stemPostings[stem]
    }

    @Test func narrowAndWideOffsetsReadTheSamePositions() throws {
        let index = InvertedIndex(documents: Self.documents)
        let ship = try Self.list(index, "سفينة"), port = try Self.list(index, "ميناء")
        #expect(ship.layout.steps >= 0, "a key held at most 7 times a document is narrow")
        #expect(port.layout.steps < 0, "a key held 1,100 times in a document is wide")
        #expect(ship.count == 151)
        for i in 0..<ship.count {
            let d = Int(ship.document(i))
            let expected = d < 150 ? d % 7 + 1 : 1
            #expect(ship.positions(i).count == expected, "document \(d)")
            // Ascending tokens, as phrase merges need.
            let tokens = ship.positions(i).map(PostingList.token)
            #expect(tokens == tokens.sorted())
        }
        #expect(port.count == 1)
        #expect(port.positions(0).count == 1101)  // 1,100 in the body and one in the title
        let results = index.search(try SearchQuery(parsing: "\"ميناء ميناء\""), limit: 5)
        #expect(results.total == 1 && results.hits.first?.id == "port")
        let ships = index.search(try SearchQuery(parsing: "سفينة"), limit: 3)
        #expect(ships.total == 151)
    }
}

@testable import NewsCorpus
import Testing

/// `KeyPositions` answers as a `[String: Int]` of the same assignments would.
@Suite struct KeyPositionsTests {
    /// Keys of elements that are appended, some repeating an earlier key (set: the later wins;
    /// add: the first stays), as the corpus's article ids and URLs are.
    @Test(arguments: [0, 1, 7, 100, 5_000])
    func agreesWithADictionary(_ count: Int) {
        var generator = SystemRandomNumberGenerator()
        var keys: [String] = []
        var latest = KeyPositions(), first = KeyPositions()
        var latestWant: [String: Int] = [:], firstWant: [String: Int] = [:]
        for i in 0..<count {
            let key = i > 0 && Int.random(in: 0..<4, using: &generator) == 0
                ? keys[Int.random(in: 0..<keys.count, using: &generator)] : "مفتاح-\(i)-\(Int.random(in: 0..<1_000, using: &generator))"
            keys.append(key)
            latest.set(key, i) { keys[$0] }
            latestWant[key] = i
            #expect(first.add(key, i) { keys[$0] } == (firstWant[key] == nil))
            if firstWant[key] == nil { firstWant[key] = i }
        }
        #expect(latest.count == latestWant.count && first.count == firstWant.count)
        for key in Set(keys) {
            #expect(latest.position(of: key) { keys[$0] } == latestWant[key])
            #expect(first.position(of: key) { keys[$0] } == firstWant[key])
        }
        #expect(latest.position(of: "غائب") { keys[$0] } == nil)
        #expect(KeyPositions().position(of: "غائب") { keys[$0] } == nil)
    }

    /// Keys are strings: canonically equal spellings are one key, as in a dictionary.
    @Test func canonicallyEqualKeysAreOne() {
        let keys = ["caf\u{00E9}", "cafe\u{0301}", "cafe"]
        var table = KeyPositions(keys.enumerated().map { ($1, $0) }) { keys[$0] }
        #expect(table.count == 2)
        #expect(table.position(of: "caf\u{00E9}") { keys[$0] } == 1)
        #expect(table.position(of: "cafe") { keys[$0] } == 2)
        #expect(!table.add("cafe\u{0301}", 5) { keys[$0] })
    }

    @Test func theSizeIsFourBytesASlotAtMostHalfFull() {
        let keys = (0..<1_000).map { "k\($0)" }
        let table = KeyPositions(keys.enumerated().map { ($1, $0) }) { keys[$0] }
        #expect(table.count == 1_000 && (4 * 2_048..<4 * 2_048 + 64).contains(table.byteCount))
    }
}

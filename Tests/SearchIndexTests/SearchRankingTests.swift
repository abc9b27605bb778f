import Testing
import ArabicText
@testable import SearchIndex

/// The bounded-heap ranking and the streaming word scanner against the straightforward
/// versions they replace.
struct SearchRankingTests {
    /// Random matches with many ties (few distinct scores and exact counts).
    static func matches(_ n: Int, seed: UInt64) -> ScoredDocuments {
        var state = seed
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        var result = ScoredDocuments()
        for d in 0..<n { result.append(UInt32(d * 3), Double(next() % 7) / 4, exact: UInt16(next() % 3)) }
        return result
    }

    @Test(arguments: [(1000, 1), (1000, 20), (1000, 200), (1000, 249), (1000, 250), (1000, 1000), (1000, 5000), (7, 1), (0, 5), (50, 0)])
    func bestKIsThePrefixOfTheFullOrder(_ n: Int, _ k: Int) {
        let m = Self.matches(n, seed: UInt64(n * 31 + k))
        let full = (0..<m.count).sorted { a, b in
            if m.exactMatches[a] != m.exactMatches[b] { return m.exactMatches[a] > m.exactMatches[b] }
            if m.scores[a] != m.scores[b] { return m.scores[a] > m.scores[b] }
            return a < b
        }
        #expect(m.rankedOrder(best: k) == Array(full.prefix(k)))
    }

    /// Texts with diacritics, tatweel, ignorable marks at word starts, digits, Latin, emoji and
    /// presentation forms, plus the seeds.
    static let texts = [
        "قال الرئيس: «لن نسمح بذلك»… وأضاف؟ نعم! ١١ سبتمبر ٢٠١٢؛ ok.\nسطر جديد",
        "مُصْطَفَى بــنــغــازي ـــ \u{064B}\u{064B}كلمة a\u{0301}b ﻟﻴﺒﻴﺎ 😀 #مصطفى_الإمام العربية.نت",
        "\u{200C}\u{0640}بداية \u{0640}\u{0640} .\u{064E} نهاية",
        "", "...", "كلمة",
    ] + SeedCorpus.documents.map(\.text)

    @Test(arguments: texts)
    func scannerFindsTheTokenizersWords(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var expected: [Range<Int>] = []
        Tokenizer.forEachWord(in: scalars) { expected.append($0) }
        var found: [Range<Int>] = []
        var breaks: [Bool] = []
        var copy = text
        copy.withUTF8 { utf8 in
            WordScanner.forEachWord(in: utf8) { word, breakBefore in
                found.append(Int(word.scalarStart)..<Int(word.scalarEnd))
                breaks.append(breakBefore)
                // Byte offsets cut the same text as the scalar offsets.
                let bytes = Array(text.utf8)[Int(word.byteStart)..<Int(word.byteEnd)]
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[Int(word.scalarStart)..<Int(word.scalarEnd)])
                #expect(String(decoding: bytes, as: UTF8.self) == String(view))
                return true
            }
        }
        #expect(found == expected)
        for k in expected.indices.dropFirst() {
            let between = scalars[expected[k - 1].upperBound..<expected[k].lowerBound]
            #expect(breaks[k] == between.contains(where: SnippetBuilder.isSentenceEnd))
        }
    }

    /// Scans resumed at each sentence start of the table find the words of the full scan.
    @Test(arguments: texts)
    func sentenceTableResumesTheScan(_ text: String) {
        let table = SentenceTable(documents: [IndexedDocument(id: "t", title: "", text: text)])
        var copy = text
        copy.withUTF8 { utf8 in
            var all: [WordSpan] = []
            WordScanner.forEachWord(in: utf8) { word, _ in all.append(word); return true }
            let starts = Array(table.wordStarts(of: 0)), offsets = Array(table.byteStarts(of: 0))
            #expect(starts.last == UInt32(all.count))
            for s in 0..<(starts.count - 1) {
                let first = Int(starts[s])
                #expect(Int(offsets[s]) == Int(all[first].byteStart))
                var resumed: [WordSpan] = []
                WordScanner.forEachWord(in: utf8, from: Int(offsets[s])) { word, _ in
                    resumed.append(word)
                    return resumed.count < Int(starts[s + 1]) - first
                }
                let shift = all[first].scalarStart
                #expect(resumed.map(\.byteStart) == all[first..<Int(starts[s + 1])].map(\.byteStart))
                #expect(resumed.map { $0.scalarEnd + shift } == all[first..<Int(starts[s + 1])].map(\.scalarEnd))
            }
        }
    }
}

import ArabicText
import Testing
@testable import NewsCorpus

@Suite struct ScalarOffsetsTests {
    /// ASCII, two-, three- and four-byte scalars, a combining mark and a newline, three times
    /// (so scalars straddle the eight-byte steps at every alignment).
    static let text = String(repeating: "قال a\u{0651}ب 😀 — «سرت»\nend", count: 3)

    @Test func oneTableAndOnePassAgree() {
        let scalars = Array(Self.text.unicodeScalars)
        let table = ScalarOffsets(Self.text)
        let every = Array(0...scalars.count)
        // Asked in reverse order: the pass must put each answer where it was asked.
        let reversed = Array(every.reversed())
        let pass = ScalarOffsets.utf8Offsets(in: Self.text, of: reversed)
        for (k, s) in reversed.enumerated() {
            let expected = String(String.UnicodeScalarView(scalars[..<s])).utf8.count
            #expect(Int(table[s]) == expected)
            #expect(pass[k] == expected)
        }
    }

    @Test func textsAreTheScalarSpans() {
        let scalars = Array(Self.text.unicodeScalars)
        let spans = [TextSpan(start: 4, end: 7), TextSpan(start: 0, end: 3), TextSpan(start: 8, end: 9),
                     TextSpan(start: 5, end: 5), TextSpan(start: scalars.count - 3, end: scalars.count)]
        let texts = ScalarOffsets.texts(in: Self.text, spans: spans)
        #expect(texts == spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) })
        #expect(texts[1] == "قال")
        #expect(texts[2] == "😀")
        #expect(texts[4] == "end")
    }
}
